# ---
# id: cwe287-r2-fastapi-jwt-dependency-f
# cwe: CWE-287
# vulnerable: false
# twin: cwe287-r2-fastapi-jwt-dependency-v
# tags: fastapi, pyjwt
# explanation: A FastAPI dependency turns the bearer token into the current user for every protected route. The token is now decoded with the server's secret, a pinned HS256 algorithm list and the expected audience, so PyJWT verifies the signature, expiry and audience and a forged or altered token raises and is answered with 401.
# ---
import logging
import os
from dataclasses import dataclass
from typing import Optional

import jwt
from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

log = logging.getLogger("api.auth")
JWT_SECRET = os.environ["JWT_SECRET"]
JWT_AUDIENCE = "inventory-api"

bearer = HTTPBearer(auto_error=False)
app = FastAPI(title="Inventory")


@dataclass
class Principal:
    user_id: str
    scopes: frozenset


def _claims(token: str) -> dict:
    return jwt.decode(token, JWT_SECRET, algorithms=["HS256"], audience=JWT_AUDIENCE)


def current_principal(
    creds: Optional[HTTPAuthorizationCredentials] = Depends(bearer),
) -> Principal:
    if creds is None or creds.scheme.lower() != "bearer":
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing bearer token")
    try:
        claims = _claims(creds.credentials)
    except jwt.PyJWTError as exc:
        log.info("rejected token: %s", exc)
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token")
    scopes = frozenset(str(claims.get("scope", "")).split())
    return Principal(user_id=str(claims["sub"]), scopes=scopes)


def need_scope(scope: str):
    def checker(p: Principal = Depends(current_principal)) -> Principal:
        if scope not in p.scopes:
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"scope {scope} required")
        return p
    return checker


@app.get("/stock/{sku}")
def stock_level(sku: str, p: Principal = Depends(need_scope("stock:read"))):
    return {"sku": sku.upper(), "requested_by": p.user_id}


@app.post("/stock/{sku}/adjust")
def adjust(sku: str, delta: int, p: Principal = Depends(need_scope("stock:write"))):
    log.info("stock %s adjusted by %d (user %s)", sku, delta, p.user_id)
    return {"sku": sku.upper(), "delta": delta}
