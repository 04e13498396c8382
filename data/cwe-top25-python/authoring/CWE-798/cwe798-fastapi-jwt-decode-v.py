# ---
# id: cwe798-fastapi-jwt-decode-v
# cwe: CWE-798
# vulnerable: true
# twin: cwe798-fastapi-jwt-decode-f
# tags: fastapi, pyjwt, pydantic
# explanation: A FastAPI dependency verifies bearer tokens with an HS256 key given as the default value of a pydantic settings field. Unless every deployment overrides it, the service trusts tokens signed with a key that is public in the source, so attackers can forge any identity.
# ---
import jwt
from fastapi import Depends, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic_settings import BaseSettings


class AuthSettings(BaseSettings):
    jwt_key: str = "b7f3e1c94a2d4e8f9a0c6b5d3e2f1a7c"  #@vuln
    jwt_audience: str = "inventory-api"


settings = AuthSettings()
bearer = HTTPBearer()


def current_claims(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> dict:
    try:
        return jwt.decode(creds.credentials, settings.jwt_key, algorithms=["HS256"], audience=settings.jwt_audience)
    except jwt.PyJWTError:
        raise HTTPException(status_code=401, detail="invalid token")
