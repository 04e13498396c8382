# ---
# id: cwe287-jwt-no-verify-f
# cwe: CWE-287
# vulnerable: false
# twin: cwe287-jwt-no-verify-v
# tags: fastapi, pyjwt
# explanation: The bearer JWT is now decoded with signature verification left on (HS256 only, with the server secret) and expiry required, so a token not signed by the server is rejected with 401 and the `sub` claim can be trusted.
# ---
import os

import jwt
from fastapi import Depends, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from .users import get_user_by_id

bearer = HTTPBearer()
JWT_SECRET = os.environ["JWT_SECRET"]


def decode_token(token: str) -> dict:
    return jwt.decode(
        token,
        JWT_SECRET,
        algorithms=["HS256"],
        options={"require": ["exp", "sub"]},
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
