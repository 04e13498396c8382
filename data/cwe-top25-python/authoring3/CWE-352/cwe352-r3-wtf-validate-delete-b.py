# ---
# id: cwe352-r3-wtf-validate-delete-b
# cwe: CWE-352
# vulnerable: false
# twin: none
# tags: flask, flask-wtf
# explanation: Deleting a project goes through a FlaskForm whose hidden CSRF field is checked by validate_on_submit, and the route accepts only POST, so a cross-site request without the session's token does nothing.
# ---
from flask import abort, redirect, render_template, url_for
from flask_login import current_user, login_required
from flask_wtf import FlaskForm


class ConfirmForm(FlaskForm):
    pass


@app.route("/projects/<int:pid>/delete", methods=["POST"])
@login_required
def delete_project(pid):
    project = Project.query.filter_by(id=pid, owner_id=current_user.id).first_or_404()
    form = ConfirmForm()
    if not form.validate_on_submit():
        abort(400)
    db.session.delete(project)
    db.session.commit()
    return redirect(url_for("projects.index"))
