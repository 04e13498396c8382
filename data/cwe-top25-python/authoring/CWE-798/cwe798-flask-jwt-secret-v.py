# ---
# id: cwe798-flask-jwt-secret-v
# cwe: CWE-798
# vulnerable: true
# twin: cwe798-flask-jwt-secret-f
# tags: flask, pyjwt
# explanation: An API issues and verifies JWTs with a signing secret written as a string literal in the module. Anyone with access to the source (a leaked repo, a package, a container image) can mint valid tokens for any user, and the secret cannot be rotated without a code change.
# ---
import datetime

import jwt
from flask import Flask, request, jsonify, abort
from werkzeug.security import check_password_hash

from api.users import find_user

app = Flask(__name__)
JWT_SECRET = "k9$Lq2!vRz7#tY4pWm8@eXs1"  #@vuln
JWT_ALGORITHM = "HS256"


def issue_token(user_id: int) -> str:
    now = datetime.datetime.now(datetime.timezone.utc)
    claims = {"sub": str(user_id), "iat": now, "exp": now + datetime.timedelta(hours=8)}
    return jwt.encode(claims, JWT_SECRET, algorithm=JWT_ALGORITHM)


@app.post("/auth/token")
def token():
    body = request.get_json(force=True)
    user = find_user(body.get("email", ""))
    if user is None or not check_password_hash(user.password_hash, body.get("password", "")):
        abort(401)
    return jsonify(access_token=issue_token(user.id), token_type="bearer")
