# ---
# id: cwe287-httpauth-none-user-f
# cwe: CWE-287
# vulnerable: false
# twin: cwe287-httpauth-none-user-v
# tags: flask, flask-httpauth, werkzeug
# explanation: The verify callback now returns the operator only when the user exists and check_password_hash succeeds, and None otherwise, so unknown usernames and wrong passwords are both rejected with 401.
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
    if user is not None and check_password_hash(user.password_hash, password):
        return user
    return None


@app.get("/api/printers")
@auth.login_required
def list_printers():
    return jsonify([p.as_dict() for p in printers()])


@app.post("/api/printers/<int:printer_id>/test-page")
@auth.login_required
def test_page(printer_id):
    job = queue_job(printer_id, "test-page", requested_by=str(auth.current_user()))
    return jsonify(job=job.id), 202
