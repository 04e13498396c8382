# ---
# id: cwe798-policy-constants-b
# cwe: CWE-798
# vulnerable: false
# twin: none
# tags: flask, wtforms
# explanation: A registration form module defines many password- and token-related constants (minimum length, field names, the token endpoint path, a reset-token lifetime), which look like credentials to a keyword scan. None of them is a secret: they are policy values and names, and no credential appears in the code.
# ---
from wtforms import Form, PasswordField, StringField, validators

PASSWORD_MIN_LENGTH = 12
PASSWORD_FIELD = "password"
TOKEN_ENDPOINT = "/oauth/token"
RESET_TOKEN_TTL_SECONDS = 3600
API_KEY_HEADER = "X-Api-Key"


class RegistrationForm(Form):
    email = StringField("Email", [validators.Email(), validators.Length(max=254)])
    password = PasswordField(
        "Password",
        [
            validators.DataRequired(),
            validators.Length(min=PASSWORD_MIN_LENGTH, max=128),
            validators.EqualTo("confirm", message="Passwords must match"),
        ],
    )
    confirm = PasswordField("Repeat password")


def password_hint() -> str:
    return f"Use at least {PASSWORD_MIN_LENGTH} characters; a passphrase of four random words works well."
