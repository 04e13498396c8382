# ---
# id: cwe862-pipeline-rerun-v
# cwe: CWE-862
# vulnerable: true
# twin: none
# tags: flask, flask-httpauth, celery
# explanation: The CI server's API authenticates users with HTTP Basic auth, then queues a rerun for any pipeline id it is given, including pipelines of private projects the user has no access to. Reruns use the project's deploy secrets, so a user of any project can trigger deployments of projects they are not a member of.
# ---
from flask import Flask, abort, jsonify
from flask_httpauth import HTTPBasicAuth
from werkzeug.security import check_password_hash

from .models import Pipeline, User
from .tasks import run_pipeline

app = Flask(__name__)
auth = HTTPBasicAuth()


@auth.verify_password
def verify(username, password):
    user = User.query.filter_by(username=username).first()
    if user and check_password_hash(user.password_hash, password):
        return user
    return None


@app.post("/api/pipelines/<int:pipeline_id>/rerun")
@auth.login_required
def rerun(pipeline_id):
    pipeline = Pipeline.query.get(pipeline_id)
    if pipeline is None:
        abort(404)
    task = run_pipeline.delay(pipeline.id, triggered_by=auth.current_user().id)  #@vuln
    return jsonify(task_id=task.id, pipeline=pipeline.id), 202
