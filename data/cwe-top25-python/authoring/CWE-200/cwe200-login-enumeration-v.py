# ---
# id: cwe200-login-enumeration-v
# cwe: CWE-200
# vulnerable: true
# twin: cwe200-login-enumeration-f
# tags: fastapi, passlib
# explanation: The login endpoint answers "unknown e-mail address" when the account does not exist and "wrong password" when it does. The differing messages let anyone enumerate which e-mail addresses have accounts (observable discrepancy, CWE-203 under CWE-200).
# ---
from fastapi import FastAPI, HTTPException
from passlib.context import CryptContext
from pydantic import BaseModel

from accounts.db import get_account_by_email
from accounts.tokens import issue_session

app = FastAPI()
pwd = CryptContext(schemes=["argon2"], deprecated="auto")


class Credentials(BaseModel):
    email: str
    password: str


@app.post("/login")
def login(creds: Credentials):
    account = get_account_by_email(creds.email.lower())
    if account is None:
        raise HTTPException(status_code=404, detail="unknown e-mail address")  #@vuln
    if not pwd.verify(creds.password, account.password_hash):
        raise HTTPException(status_code=401, detail="wrong password")
    return {"session": issue_session(account.id)}
