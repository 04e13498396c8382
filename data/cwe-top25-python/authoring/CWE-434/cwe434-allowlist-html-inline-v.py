# ---
# id: cwe434-allowlist-html-inline-v
# cwe: CWE-434
# vulnerable: true
# twin: none
# tags: flask, flask-login, werkzeug
# explanation: The course platform has an extension allow-list for student submissions, but it includes html and svg "for web-design assignments", and submissions are served inline from the platform's own origin with send_from_directory. A student can upload a page with script that runs in the grader's authenticated session.
# ---
import os
import uuid

from flask import Flask, abort, request, send_from_directory
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

app = Flask(__name__)
SUBMISSIONS = "/var/lib/coursehub/submissions"
ALLOWED = {"pdf", "zip", "py", "ipynb", "html", "svg", "png"}  #@vuln


@app.post("/courses/<int:course_id>/submit")
@login_required
def submit(course_id):
    upload = request.files.get("work")
    name = secure_filename(upload.filename) if upload else ""
    if "." not in name or name.rsplit(".", 1)[1].lower() not in ALLOWED:
        abort(400)
    stored = f"{current_user.id}_{uuid.uuid4().hex}_{name}"
    upload.save(os.path.join(SUBMISSIONS, str(course_id), stored))
    return {"submission": stored}, 201


@app.get("/courses/<int:course_id>/submissions/<path:stored>")
@login_required
def view_submission(course_id, stored):
    if not current_user.grades(course_id):
        abort(403)
    return send_from_directory(os.path.join(SUBMISSIONS, str(course_id)), stored)
