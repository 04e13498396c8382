# ---
# id: cwe352-starlette-samesite-none-v
# cwe: CWE-352
# vulnerable: true
# twin: none
# tags: fastapi, starlette
# explanation: A FastAPI dashboard keeps the login in Starlette's SessionMiddleware cookie with same_site="none" and its form endpoints check nothing but the session. Because the browser sends the cookie on cross-site POSTs and no CSRF token is required, another site can submit the form that changes the payout bank account.
# ---
import os

from fastapi import Depends, FastAPI, Form, HTTPException, Request
from fastapi.responses import RedirectResponse
from starlette.middleware.sessions import SessionMiddleware

from .payouts import set_payout_account

app = FastAPI()
app.add_middleware(
    SessionMiddleware,
    secret_key=os.environ["SESSION_KEY"],
    same_site="none",  #@vuln
    https_only=True,
)


def current_merchant(request: Request) -> int:
    merchant_id = request.session.get("merchant_id")
    if merchant_id is None:
        raise HTTPException(status_code=401)
    return merchant_id


@app.post("/settings/payout")
async def update_payout(
    iban: str = Form(...),
    holder: str = Form(...),
    merchant_id: int = Depends(current_merchant),
):
    await set_payout_account(merchant_id, iban=iban.replace(" ", ""), holder=holder)
    return RedirectResponse("/settings", status_code=303)
