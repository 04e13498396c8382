# ---
# id: cwe863-fastapi-scopes-b
# cwe: CWE-863
# vulnerable: false
# twin: none
# tags: fastapi, pyjwt
# explanation: The FastAPI dependency verifies the bearer JWT signature and audience with PyJWT, reads the scopes the authorization server granted, and requires every scope listed in SecurityScopes for the route. Scopes are compared as a set of exact strings, so "items:write" is needed to create items.
# ---
import os

import jwt
from fastapi import Depends, FastAPI, HTTPException, Security
from fastapi.security import OAuth2PasswordBearer, SecurityScopes

app = FastAPI()
oauth2 = OAuth2PasswordBearer(tokenUrl="/token", scopes={"items:read": "Read", "items:write": "Write"})
PUBLIC_KEY = open(os.environ["JWT_PUBLIC_KEY_FILE"]).read()


def authorize(required: SecurityScopes, token: str = Depends(oauth2)) -> dict:
    try:
        claims = jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], audience="inventory-api")
    except jwt.PyJWTError:
        raise HTTPException(status_code=401, detail="invalid token")
    granted = set(claims.get("scope", "").split())
    if not set(required.scopes) <= granted:
        raise HTTPException(status_code=403, detail="insufficient scope")
    return claims


@app.post("/items")
async def create_item(item: dict, claims: dict = Security(authorize, scopes=["items:write"])):
    return {"created_by": claims["sub"], "name": item.get("name")}
