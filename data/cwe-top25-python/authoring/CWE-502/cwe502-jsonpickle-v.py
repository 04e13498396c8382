# ---
# id: cwe502-jsonpickle-v
# cwe: CWE-502
# vulnerable: true
# twin: cwe502-jsonpickle-f
# tags: flask, jsonpickle
# explanation: A form-builder API accepts saved drafts as jsonpickle text and restores them with jsonpickle.decode. jsonpickle reconstructs arbitrary classes named in "py/object" and "py/reduce" keys, so a posted draft can invoke functions such as os.system during decoding.
# ---
from dataclasses import dataclass, field

import jsonpickle
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
    draft = jsonpickle.decode(request.get_data(as_text=True))  #@vuln
    if not isinstance(draft, FormDraft):
        return jsonify(error="not a form draft"), 400
    DRAFTS[draft_id] = draft
    return jsonify(id=draft_id, fields=len(draft.fields))
