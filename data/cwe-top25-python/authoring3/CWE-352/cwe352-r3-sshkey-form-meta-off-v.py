# ---
# id: cwe352-r3-sshkey-form-meta-off-v
# cwe: CWE-352
# vulnerable: true
# twin: none
# tags: flask, flask-wtf, wtforms
# explanation: The form for adding an SSH key to a user's account turns off Flask-WTF's CSRF field in its Meta, and the view relies on validate_on_submit for the session-authenticated POST. Another site can submit the form and add the attacker's key to the victim's account.
# ---
from flask_wtf import FlaskForm
from wtforms import StringField, TextAreaField
from wtforms.validators import DataRequired, Length


class AddSSHKeyForm(FlaskForm):
    class Meta:
        csrf = False  #@vuln

    title = StringField("Title", validators=[DataRequired(), Length(max=80)])
    key = TextAreaField("Public key", validators=[DataRequired()])


def add_ssh_key(user):
    form = AddSSHKeyForm()
    if form.validate_on_submit():
        user.ssh_keys.append(SSHKey(title=form.title.data, key=form.key.data.strip()))
        db.session.commit()
    return form
