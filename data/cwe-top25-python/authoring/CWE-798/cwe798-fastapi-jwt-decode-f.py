# ---
# id: cwe798-fastapi-jwt-decode-f
# cwe: CWE-798
# vulnerable: false
# twin: cwe798-fastapi-jwt-decode-v
# tags: fastapi, pyjwt, pydantic
# explanation: The jwt_key settings field no longer has a default, so pydantic-settings requires it from the environment (JWT_KEY) and the service refuses to start without it. No usable key exists in the code.
# ---
import jwt
from fastapi import Depends, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic_settings import BaseSettings


class AuthSettings(BaseSettings):
    jwt_key: str
    jwt_audience: str = "inventory-api"


settings = AuthSettings()
bearer = HTTPBearer()


def current_claims(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> dict:
    try:
        return jwt.decode(creds.credentials, settings.jwt_key, algorithms=["HS256"], audience=settings.jwt_audience)
    except jwt.PyJWTError:
        raise HTTPException(status_code=401, detail="invalid token")
