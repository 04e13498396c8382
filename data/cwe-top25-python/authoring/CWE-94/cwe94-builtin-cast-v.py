# ---
# id: cwe94-builtin-cast-v
# cwe: CWE-94
# vulnerable: true
# twin: cwe94-builtin-cast-f
# tags: flask, builtins, getattr
# explanation: A form-builder backend converts submitted field values with a conversion function named in the stored field definition ("int", "float", "str"), looked up via getattr(builtins, name). Field definitions are editable by form authors, so naming "eval" or "exec" turns every submitted value into executed Python.
# ---
import builtins

from flask import Flask, request, jsonify

from forms.store import load_form_definition

app = Flask(__name__)


def convert(value, type_name):
    caster = getattr(builtins, type_name)  #@vuln
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
