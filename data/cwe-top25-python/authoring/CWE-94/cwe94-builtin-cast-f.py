# ---
# id: cwe94-builtin-cast-f
# cwe: CWE-94
# vulnerable: false
# twin: cwe94-builtin-cast-v
# tags: flask
# explanation: Field types are now resolved through a fixed CASTERS table of four conversion functions; unknown type names raise ValueError and are reported as invalid values. Form definitions can no longer name eval, exec or other builtins.
# ---
from flask import Flask, request, jsonify

from forms.store import load_form_definition

app = Flask(__name__)


CASTERS = {"int": int, "float": float, "str": str, "bool": lambda v: v.lower() in ("1", "true", "yes", "on")}


def convert(value, type_name):
    caster = CASTERS.get(type_name)
    if caster is None:
        raise ValueError(f"unknown field type {type_name!r}")
    return caster(value)


@app.post("/forms/<form_id>/submit")
def submit(form_id):
    definition = load_form_definition(form_id)
    answers, errors = {}, {}
    for field in definition["fields"]:
        raw = request.form.get(field["name"], "")
        try:
            answers[field["name"]] = convert(raw, field.get("type", "str"))
        except (TypeError, ValueError):
            errors[field["name"]] = "invalid value"
    if errors:
        return jsonify(errors=errors), 422
    return jsonify(saved=answers)
