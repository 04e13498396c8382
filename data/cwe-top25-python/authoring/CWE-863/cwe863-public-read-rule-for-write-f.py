# ---
# id: cwe863-public-read-rule-for-write-f
# cwe: CWE-863
# vulnerable: false
# twin: cwe863-public-read-rule-for-write-v
# tags: flask, flask-login, sqlalchemy
# explanation: Edits are now authorised with a separate can_edit rule that only admits the note's owner, while reads still allow public notes, so other users can read public notes but not change them.
# ---
from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required

from .models import Note, db

notes = Blueprint("notes", __name__, url_prefix="/api/notes")


def can_view(note) -> bool:
    return note.is_public or note.owner_id == current_user.id


def can_edit(note) -> bool:
    return note.owner_id == current_user.id


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
    if not can_edit(note):
        abort(403)
    data = request.get_json(silent=True) or {}
    note.title = str(data.get("title", note.title))[:200]
    note.body = str(data.get("body", note.body))
    db.session.commit()
    return jsonify(id=note.id)
