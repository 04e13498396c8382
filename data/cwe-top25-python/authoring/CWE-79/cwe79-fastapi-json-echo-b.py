# ---
# id: cwe79-fastapi-json-echo-b
# cwe: CWE-79
# vulnerable: false
# twin: none
# tags: fastapi, pydantic
# explanation: A FastAPI validation endpoint echoes the submitted coupon code back in its reply, including in an error message. The response is JSON (application/json), never HTML, so browsers do not interpret the echoed text as markup.
# ---
from fastapi import FastAPI
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from .coupons import lookup_coupon

app = FastAPI()


class CouponCheck(BaseModel):
    code: str
    cart_total: float


@app.post("/api/coupons/check")
async def check_coupon(payload: CouponCheck):
    coupon = await lookup_coupon(payload.code.upper())
    if coupon is None:
        return JSONResponse(
            {"ok": False, "message": f"<b>{payload.code}</b> is not a valid code"},
            status_code=404,
        )
    discount = min(payload.cart_total, coupon.amount)
    return {"ok": True, "code": payload.code, "discount": round(discount, 2)}
