# ---
# id: cwe200-login-enumeration-f
# cwe: CWE-200
# vulnerable: false
# twin: cwe200-login-enumeration-v
# tags: fastapi, passlib
# explanation: Both failure cases now return the same 401 "invalid e-mail or password" message, and a dummy hash is verified when the account does not exist so response times are similar. Callers can no longer tell registered addresses from unknown ones.
# ---
from fastapi import FastAPI, HTTPException
from passlib.context import CryptContext
from pydantic import BaseModel

from accounts.db import get_account_by_email
from accounts.tokens import issue_session

app = FastAPI()
pwd = CryptContext(schemes=["argon2"], deprecated="auto")
DUMMY_HASH = pwd.hash("placeholder-for-timing")


class Credentials(BaseModel):
    email: str
    password: str


@app.post("/login")
def login(creds: Credentials):
    account = get_account_by_email(creds.email.lower())
    password_hash = account.password_hash if account else DUMMY_HASH
    if not pwd.verify(creds.password, password_hash) or account is None:
        raise HTTPException(status_code=401, detail="invalid e-mail or password")
    return {"session": issue_session(account.id)}
