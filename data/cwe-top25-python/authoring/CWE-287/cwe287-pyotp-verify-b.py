# ---
# id: cwe287-pyotp-verify-b
# cwe: CWE-287
# vulnerable: false
# twin: none
# tags: flask, pyotp
# explanation: The second login step reads the pending user id from the signed server session (set only after the password check), verifies the TOTP code with pyotp against that user's secret, and rejects reuse of the last accepted time step before completing login.
# ---
import time

import pyotp
from flask import Blueprint, abort, redirect, request, session
from flask_login import login_user

from .models import User, db

mfa = Blueprint("mfa", __name__)


@mfa.post("/login/otp")
def verify_otp():
    user_id = session.get("pending_mfa_user")
    if user_id is None:
        abort(401)
    user = db.session.get(User, user_id)
    totp = pyotp.TOTP(user.totp_secret)
    code = request.form.get("code", "").strip()
    step = int(time.time() // totp.interval)
    if not totp.verify(code, valid_window=1) or user.last_otp_step == step:
        abort(401)
    user.last_otp_step = step
    db.session.commit()
    session.pop("pending_mfa_user")
    login_user(user)
    return redirect("/")
