# ---
# id: cwe94-mako-signature-v
# cwe: CWE-94
# vulnerable: true
# twin: cwe94-mako-signature-f
# tags: mako, flask
# explanation: Users can set an e-mail signature that is compiled as a Mako template so it can use ${name} placeholders. Mako templates allow arbitrary Python in <% %> blocks and ${} expressions, so a signature like "${__import__('os').popen('id').read()}" executes on the server when mail is rendered.
# ---
from flask import Flask, request, jsonify
from flask_login import current_user, login_required
from mako.template import Template

app = Flask(__name__)


def render_signature(source: str, user) -> str:
    return Template(source).render(name=user.display_name, title=user.job_title, phone=user.phone)  #@vuln


@app.put("/me/signature")
@login_required
def update_signature():
    source = request.get_json()["signature"]
    preview = render_signature(source, current_user)
    current_user.signature_source = source
    current_user.save()
    return jsonify(preview=preview)
