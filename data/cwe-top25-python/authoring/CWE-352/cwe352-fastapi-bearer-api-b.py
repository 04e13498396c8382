# ---
# id: cwe352-fastapi-bearer-api-b
# cwe: CWE-352
# vulnerable: false
# twin: none
# tags: fastapi
# explanation: This FastAPI service changes data on POST without any CSRF token, but it authenticates only with an Authorization: Bearer header that the client sets explicitly. Browsers never attach that header to cross-site requests, and no cookie is used, so CSRF is not possible.
# ---
from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel

from .auth import user_for_api_token
from .inventory import adjust_stock

app = FastAPI()
bearer = HTTPBearer()


class StockAdjustment(BaseModel):
    sku: str
    delta: int
    reason: str


async def api_user(creds: HTTPAuthorizationCredentials = Depends(bearer)):
    user = await user_for_api_token(creds.credentials)
    if user is None:
        raise HTTPException(status_code=401, detail="invalid token")
    return user


@app.post("/v1/stock/adjust")
async def adjust(body: StockAdjustment, user=Depends(api_user)):
    level = await adjust_stock(body.sku, body.delta, reason=body.reason, actor=user.id)
    return {"sku": body.sku, "level": level}
