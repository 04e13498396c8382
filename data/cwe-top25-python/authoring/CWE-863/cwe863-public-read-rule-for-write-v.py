# ---
# id: cwe863-public-read-rule-for-write-v
# cwe: CWE-863
# vulnerable: true
# twin: cwe863-public-read-rule-for-write-f
# tags: flask, flask-login, sqlalchemy
# explanation: The notes app reuses its read rule (owner or note is public) when authorising edits. Public notes are meant to be readable by everyone but editable only by their owner, so with this check any user can overwrite anyone's public note.
# ---
from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required

from .models import Note, db

notes = Blueprint("notes", __name__, url_prefix="/api/notes")


def can_view(note) -> bool:
    return note.is_public or note.owner_id == current_user.id


@notes.get("/<int:note_id>")
@login_required
def get_note(note_id):
    note = db.get_or_404(Note, note_id)
    if not can_view(note):
        abort(404)
    return jsonify(id=note.id, title=note.title, body=note.body)


@notes.put("/<int:note_id>")
@login_required
def edit_note(note_id):
    note = db.get_or_404(Note, note_id)
    if not can_view(note):  #@vuln
        abort(403)
    data = request.get_json(silent=True) or {}
    note.title = str(data.get("title", note.title))[:200]
    note.body = str(data.get("body", note.body))
    db.session.commit()
    return jsonify(id=note.id)
