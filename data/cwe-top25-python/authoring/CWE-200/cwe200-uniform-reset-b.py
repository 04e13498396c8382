# ---
# id: cwe200-uniform-reset-b
# cwe: CWE-200
# vulnerable: false
# twin: none
# tags: flask, itsdangerous
# explanation: A password-reset request handler looks up the account and e-mails a signed token only if it exists, but always shows the same "if an account exists, we sent a link" page. Visitors cannot learn whether an address is registered.
# ---
from flask import Flask, render_template, request, url_for
from itsdangerous import URLSafeTimedSerializer

from shop.accounts import find_by_email
from shop.mail import send_mail

app = Flask(__name__)
app.config.from_prefixed_env()


def reset_serializer():
    return URLSafeTimedSerializer(app.config["SECRET_KEY"], salt="password-reset")


@app.route("/password/forgot", methods=["GET", "POST"])
def forgot_password():
    if request.method == "GET":
        return render_template("forgot.html")
    account = find_by_email(request.form.get("email", "").strip().lower())
    if account is not None:
        token = reset_serializer().dumps(account.id)
        link = url_for("reset_password", token=token, _external=True)
        send_mail(account.email, "Reset your password", render_template("mail/reset.txt", link=link))
    return render_template("forgot_sent.html")


@app.route("/password/reset/<token>")
def reset_password(token):
    account_id = reset_serializer().loads(token, max_age=3600)
    return render_template("reset.html", account_id=account_id, token=token)
