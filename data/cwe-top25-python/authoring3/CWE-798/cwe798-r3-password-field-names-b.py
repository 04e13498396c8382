# ---
# id: cwe798-r3-password-field-names-b
# cwe: CWE-798
# vulnerable: false
# twin: none
# tags: wtforms
# explanation: A login form and a function that maps form fields to the user model. The strings "password" and "secret" are field names and labels, not credentials.
# ---
from wtforms import Form, StringField, PasswordField
from wtforms.validators import DataRequired, Length


class LoginForm(Form):
    username = StringField("Username", [DataRequired()])
    password = PasswordField("Password", [DataRequired(), Length(min=12)])


PASSWORD_FIELD = "password"
SECRET_FIELDS = ("password", "api_secret", "otp_secret")


def redact(record: dict) -> dict:
    return {k: ("***" if k in SECRET_FIELDS else v) for k, v in record.items()}
