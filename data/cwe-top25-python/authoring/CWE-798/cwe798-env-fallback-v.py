# ---
# id: cwe798-env-fallback-v
# cwe: CWE-798
# vulnerable: true
# twin: none
# tags: fastapi, pyjwt, os
# explanation: The token service reads its signing secret from the environment but falls back to a literal when the variable is missing. Any deployment that forgets to set JWT_SECRET silently signs and accepts tokens with a key published in the source, so tokens can be forged.
# ---
import os
import time

import jwt
from fastapi import FastAPI, HTTPException

app = FastAPI()
JWT_SECRET = os.environ.get("JWT_SECRET", "change-me-7f3kq9x2")  #@vuln


def verify(token: str) -> dict:
    try:
        return jwt.decode(token, JWT_SECRET, algorithms=["HS256"])
    except jwt.PyJWTError:
        raise HTTPException(status_code=401, detail="invalid token")


@app.post("/tokens/refresh")
def refresh(token: str):
    claims = verify(token)
    claims["exp"] = int(time.time()) + 3600
    return {"token": jwt.encode(claims, JWT_SECRET, algorithm="HS256")}
