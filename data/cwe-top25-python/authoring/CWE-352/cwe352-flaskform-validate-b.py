# ---
# id: cwe352-flaskform-validate-b
# cwe: CWE-352
# vulnerable: false
# twin: none
# tags: flask, flask-wtf, wtforms, flask-login
# explanation: The API-key rotation form is a Flask-WTF FlaskForm, whose validate_on_submit checks the hidden csrf_token field against the session, and WTF_CSRF_ENABLED is left at its default. A cross-site post without the token fails validation and nothing is rotated.
# ---
from flask import Blueprint, flash, redirect, render_template, url_for
from flask_login import current_user, login_required
from flask_wtf import FlaskForm
from wtforms import BooleanField, SubmitField
from wtforms.validators import DataRequired

from .keys import rotate_api_key

settings = Blueprint("settings", __name__)


class RotateKeyForm(FlaskForm):
    confirm = BooleanField("I understand the old key stops working", validators=[DataRequired()])
    submit = SubmitField("Rotate key")


@settings.route("/settings/api-key", methods=["GET", "POST"])
@login_required
def api_key():
    form = RotateKeyForm()
    if form.validate_on_submit():
        new_key = rotate_api_key(current_user)
        flash(f"New key created, ending in {new_key[-4:]}")
        return redirect(url_for("settings.api_key"))
    return render_template("settings/api_key.html", form=form)
