# ---
# id: cwe269-token-scope-request-v
# cwe: CWE-269
# vulnerable: true
# twin: none
# tags: flask, pyjwt
# explanation: The client-credentials token endpoint authenticates the OAuth client correctly, but puts whatever scopes the client asks for into the access token instead of limiting them to the scopes registered for that client. A reporting client can request "admin:write" and receive a token with administrative scope.
# ---
import hmac
import os
import time

import jwt
from flask import Flask, jsonify, request

from .clients import get_client

app = Flask(__name__)
SIGNING_KEY = os.environ["TOKEN_SIGNING_KEY"]


@app.post("/oauth/token")
def issue_token():
    client = get_client(request.form.get("client_id", ""))
    if client is None or not hmac.compare_digest(client.secret, request.form.get("client_secret", "")):
        return jsonify(error="invalid_client"), 401
    requested = request.form.get("scope", "").split()
    scopes = requested or client.default_scopes  #@vuln
    now = int(time.time())
    claims = {"sub": client.id, "scope": " ".join(scopes), "iat": now, "exp": now + 3600}
    return jsonify(
        access_token=jwt.encode(claims, SIGNING_KEY, algorithm="HS256"),
        token_type="Bearer",
        expires_in=3600,
        scope=claims["scope"],
    )
