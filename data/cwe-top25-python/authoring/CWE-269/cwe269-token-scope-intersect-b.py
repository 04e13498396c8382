# ---
# id: cwe269-token-scope-intersect-b
# cwe: CWE-269
# vulnerable: false
# twin: none
# tags: fastapi, pyjwt
# explanation: The token endpoint issues only scopes that the client both requested and is registered for; asking for anything outside the registered set returns invalid_scope, so a client can never obtain more authority than it was granted.
# ---
import hmac
import os
import time

import jwt
from fastapi import FastAPI, Form, HTTPException

from .clients import get_client

app = FastAPI()
SIGNING_KEY = os.environ["TOKEN_SIGNING_KEY"]


@app.post("/oauth/token")
def token(client_id: str = Form(...), client_secret: str = Form(...), scope: str = Form("")):
    client = get_client(client_id)
    if client is None or not hmac.compare_digest(client.secret_hash, client.hash_secret(client_secret)):
        raise HTTPException(401, "invalid_client")
    requested = set(scope.split()) or set(client.default_scopes)
    if not requested <= set(client.allowed_scopes):
        raise HTTPException(400, "invalid_scope")
    now = int(time.time())
    claims = {"sub": client.id, "scope": " ".join(sorted(requested)), "iat": now, "exp": now + 3600}
    return {"access_token": jwt.encode(claims, SIGNING_KEY, algorithm="HS256"), "token_type": "Bearer"}
