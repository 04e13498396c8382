# ---
# id: cwe352-r2-flask-token-skipped-v
# cwe: CWE-352
# vulnerable: true
# twin: none
# tags: flask, secrets
# explanation: A Flask app implements its own CSRF check in before_request, but it only compares tokens when the form actually contains a csrf_token field. A forged cross-site form simply omits the field, the comparison is skipped, and the cookie-authenticated POST (for example the payout account change) goes through.
# ---
import hmac
import logging
import secrets

from flask import Flask, abort, redirect, render_template, request, session, url_for

app = Flask(__name__)
app.config.from_envvar("PAYOUTS_SETTINGS")
log = logging.getLogger("payouts")

STATE_CHANGING = {"POST", "PUT", "PATCH", "DELETE"}


def csrf_token():
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(32)
    return session["csrf"]


app.jinja_env.globals["csrf_token"] = csrf_token


@app.before_request
def check_csrf():
    if request.method not in STATE_CHANGING:
        return
    sent = request.form.get("csrf_token")
    if sent is not None and not hmac.compare_digest(sent, session.get("csrf", "")):  #@vuln
        log.warning("csrf mismatch on %s", request.path)
        abort(400)


def require_login():
    if "user_id" not in session:
        abort(401)
    return session["user_id"]


@app.route("/payouts/account", methods=["GET", "POST"])
def payout_account():
    user_id = require_login()
    account = app.extensions["payouts"].account_for(user_id)
    if request.method == "POST":
        iban = request.form.get("iban", "").replace(" ", "").upper()
        holder = request.form.get("holder", "").strip()
        if len(iban) < 15 or not iban[:2].isalpha() or not holder:
            return render_template("payouts/account.html", account=account, error="Check the IBAN and holder"), 400
        app.extensions["payouts"].update_account(user_id, iban=iban, holder=holder)
        log.info("payout account changed for user %s", user_id)
        return redirect(url_for("payout_account", saved=1))
    return render_template("payouts/account.html", account=account, error=None)
