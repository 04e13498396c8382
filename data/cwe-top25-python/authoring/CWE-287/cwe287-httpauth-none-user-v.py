# ---
# id: cwe287-httpauth-none-user-v
# cwe: CWE-287
# vulnerable: true
# twin: cwe287-httpauth-none-user-f
# tags: flask, flask-httpauth, werkzeug
# explanation: The Flask-HTTPAuth verify callback returns a truthy value whenever the username is unknown, because `user is None or ...` short-circuits to True. Basic-auth credentials with any non-existent username are therefore accepted and the caller reaches the printer-fleet API.
# ---
from flask import Flask, jsonify
from flask_httpauth import HTTPBasicAuth
from werkzeug.security import check_password_hash

from .fleet import printers, queue_job
from .models import Operator

app = Flask(__name__)
auth = HTTPBasicAuth()


@auth.verify_password
def verify(username, password):
    user = Operator.query.filter_by(username=username).first()
    return user is None or check_password_hash(user.password_hash, password)  #@vuln


@app.get("/api/printers")
@auth.login_required
def list_printers():
    return jsonify([p.as_dict() for p in printers()])


@app.post("/api/printers/<int:printer_id>/test-page")
@auth.login_required
def test_page(printer_id):
    job = queue_job(printer_id, "test-page", requested_by=str(auth.current_user()))
    return jsonify(job=job.id), 202
