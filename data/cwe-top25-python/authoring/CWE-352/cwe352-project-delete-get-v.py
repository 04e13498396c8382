# ---
# id: cwe352-project-delete-get-v
# cwe: CWE-352
# vulnerable: true
# twin: cwe352-project-delete-get-f
# tags: flask, flask-login, flask-wtf, sqlalchemy
# explanation: The app enables CSRFProtect, but the project deletion route is a GET handler, and Flask-WTF never checks tokens on GET. An <img src="/projects/42/delete"> on any page makes the logged-in owner's browser delete the project with their session cookie.
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


@bp.route("/<int:project_id>/delete")  #@vuln
@login_required
def delete_project(project_id):
    project = owned_project(project_id)
    db.session.delete(project)
    db.session.commit()
    return redirect(url_for("projects.index"))
