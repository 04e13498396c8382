# ---
# id: cwe287-jwt-no-verify-v
# cwe: CWE-287
# vulnerable: true
# twin: cwe287-jwt-no-verify-f
# tags: fastapi, pyjwt
# explanation: The FastAPI dependency that identifies API callers decodes the bearer JWT with PyJWT but passes options={"verify_signature": False}, so it trusts whatever `sub` the token claims. Anyone can mint an unsigned or self-signed token naming another user and be authenticated as them.
# ---
import os

import jwt
from fastapi import Depends, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from .users import get_user_by_id

bearer = HTTPBearer()
JWT_SECRET = os.environ["JWT_SECRET"]


def decode_token(token: str) -> dict:
    return jwt.decode(  #@vuln
        token,
        JWT_SECRET,
        algorithms=["HS256"],
        options={"verify_signature": False},  #@vuln
    )


async def current_user(creds: HTTPAuthorizationCredentials = Depends(bearer)):
    try:
        claims = decode_token(creds.credentials)
    except jwt.PyJWTError:
        raise HTTPException(status_code=401, detail="invalid token")
    user = await get_user_by_id(int(claims["sub"]))
    if user is None or not user.active:
        raise HTTPException(status_code=401, detail="unknown user")
    return user
