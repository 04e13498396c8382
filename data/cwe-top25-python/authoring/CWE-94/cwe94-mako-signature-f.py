# ---
# id: cwe94-mako-signature-f
# cwe: CWE-94
# vulnerable: false
# twin: cwe94-mako-signature-v
# tags: string, flask
# explanation: Signatures are now expanded with string.Template.safe_substitute, which only replaces $name-style placeholders with the given values and has no expressions or code blocks. The user's text is treated as data, never compiled.
# ---
from string import Template

from flask import Flask, request, jsonify
from flask_login import current_user, login_required

app = Flask(__name__)


def render_signature(source: str, user) -> str:
    return Template(source).safe_substitute(name=user.display_name, title=user.job_title, phone=user.phone)


@app.put("/me/signature")
@login_required
def update_signature():
    source = request.get_json()["signature"]
    preview = render_signature(source, current_user)
    current_user.signature_source = source
    current_user.save()
    return jsonify(preview=preview)
