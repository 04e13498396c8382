# ---
# id: cwe352-r2-fastapi-bearer-transfer-b
# cwe: CWE-352
# vulnerable: false
# twin: none
# tags: fastapi, jwt, pydantic
# explanation: A FastAPI wallet service moves funds on POST /transfers without any CSRF token, but it authenticates only through an OAuth2 bearer token in the Authorization header and sets no cookies. A cross-site page cannot make the browser attach that header (a custom header also forces a CORS preflight, and no origins are allowed), so there is no ambient credential to forge requests with.
# ---
import logging
from decimal import Decimal

import jwt
from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import OAuth2PasswordBearer
from pydantic import BaseModel, Field

from .ledger import InsufficientFunds, Ledger, get_ledger
from .settings import settings

log = logging.getLogger("wallet")
app = FastAPI(title="wallet")
oauth2 = OAuth2PasswordBearer(tokenUrl="/oauth/token")


class TransferIn(BaseModel):
    to_account: str = Field(..., min_length=6, max_length=34)
    amount: Decimal = Field(..., gt=0, max_digits=12, decimal_places=2)
    memo: str = Field("", max_length=140)


def current_account(token: str = Depends(oauth2)) -> str:
    try:
        claims = jwt.decode(token, settings.jwt_public_key, algorithms=["RS256"], audience="wallet")
    except jwt.PyJWTError:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid token",
                            headers={"WWW-Authenticate": "Bearer"})
    if "transfers:write" not in claims.get("scope", "").split():
        raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="missing scope")
    return claims["sub"]


@app.post("/transfers", status_code=201)
def create_transfer(body: TransferIn, account: str = Depends(current_account), ledger: Ledger = Depends(get_ledger)):
    if body.to_account == account:
        raise HTTPException(status_code=422, detail="cannot transfer to the same account")
    try:
        ref = ledger.transfer(account, body.to_account, body.amount, memo=body.memo)
    except InsufficientFunds:
        raise HTTPException(status_code=409, detail="insufficient funds")
    log.info("transfer %s: %s -> %s %s", ref, account, body.to_account, body.amount)
    return {"reference": ref, "amount": str(body.amount)}


@app.get("/balance")
def balance(account: str = Depends(current_account), ledger: Ledger = Depends(get_ledger)):
    return {"account": account, "balance": str(ledger.balance(account))}
