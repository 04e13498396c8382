# ---
# id: cwe287-unverified-header-kid-b
# cwe: CWE-287
# vulnerable: false
# twin: none
# tags: pyjwt, fastapi
# explanation: The code calls jwt.get_unverified_header, which looks alarming, but only to read the `kid` and pick one of the service's own HMAC keys for key rotation; the token is then fully verified with jwt.decode using that key and a fixed HS256 algorithm list, and unknown kids are rejected.
# ---
import os

import jwt
from fastapi import Depends, HTTPException
from fastapi.security import OAuth2PasswordBearer

oauth2 = OAuth2PasswordBearer(tokenUrl="/auth/token")
KEYS = {
    "2024-09": os.environ["JWT_KEY_2024_09"],
    "2025-01": os.environ["JWT_KEY_2025_01"],
}


def verify(token: str) -> dict:
    try:
        kid = jwt.get_unverified_header(token).get("kid")
        key = KEYS.get(kid)
        if key is None:
            raise HTTPException(status_code=401, detail="unknown key id")
        return jwt.decode(token, key, algorithms=["HS256"], audience="billing")
    except jwt.PyJWTError:
        raise HTTPException(status_code=401, detail="invalid token")


async def current_subject(token: str = Depends(oauth2)) -> str:
    return verify(token)["sub"]
