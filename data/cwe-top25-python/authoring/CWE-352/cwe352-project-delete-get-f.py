# ---
# id: cwe352-project-delete-get-f
# cwe: CWE-352
# vulnerable: false
# twin: cwe352-project-delete-get-v
# tags: flask, flask-login, flask-wtf, sqlalchemy
# explanation: Deletion is now only reachable by POST, which the app-wide CSRFProtect checks for a valid token. An image tag or link on another site can no longer trigger it, and a cross-site form post lacks the token.
# ---
from flask import Blueprint, abort, redirect, url_for
from flask_login import current_user, login_required

from .extensions import db
from .models import Project

bp = Blueprint("projects", __name__, url_prefix="/projects")


def owned_project(project_id):
    project = db.session.get(Project, project_id)
    if project is None or project.owner_id != current_user.id:
        abort(404)
    return project


@bp.route("/<int:project_id>/delete", methods=["POST"])
@login_required
def delete_project(project_id):
    project = owned_project(project_id)
    db.session.delete(project)
    db.session.commit()
    return redirect(url_for("projects.index"))
