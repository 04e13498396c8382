# ---
# id: cwe798-flask-jwt-secret-f
# cwe: CWE-798
# vulnerable: false
# twin: cwe798-flask-jwt-secret-v
# tags: flask, pyjwt
# explanation: The JWT signing secret is now read from the JWT_SECRET environment variable at start-up (the process fails fast if it is missing). The secret lives in the deployment's secret store, not in the source code, and can be rotated independently.
# ---
import datetime
import os

import jwt
from flask import Flask, request, jsonify, abort
from werkzeug.security import check_password_hash

from api.users import find_user

app = Flask(__name__)
JWT_SECRET = os.environ["JWT_SECRET"]
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
