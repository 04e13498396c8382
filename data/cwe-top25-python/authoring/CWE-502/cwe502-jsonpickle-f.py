# ---
# id: cwe502-jsonpickle-f
# cwe: CWE-502
# vulnerable: false
# twin: cwe502-jsonpickle-v
# tags: flask, json
# explanation: Drafts are now sent as plain JSON and the FormDraft is constructed explicitly from known keys after request.get_json. No type information from the client is honoured, so decoding cannot instantiate arbitrary classes.
# ---
from dataclasses import dataclass, field

from flask import Flask, request, jsonify

app = Flask(__name__)


@dataclass
class FormDraft:
    title: str
    fields: list = field(default_factory=list)
    published: bool = False


DRAFTS: dict[str, FormDraft] = {}


@app.put("/drafts/<draft_id>")
def save_draft(draft_id):
    data = request.get_json(silent=True) or {}
    if not isinstance(data.get("title"), str) or not isinstance(data.get("fields", []), list):
        return jsonify(error="not a form draft"), 400
    draft = FormDraft(title=data["title"], fields=data.get("fields", []), published=bool(data.get("published")))
    DRAFTS[draft_id] = draft
    return jsonify(id=draft_id, fields=len(draft.fields))
