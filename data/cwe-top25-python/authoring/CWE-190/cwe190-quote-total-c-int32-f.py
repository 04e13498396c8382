# ---
# id: cwe190-quote-total-c-int32-f
# cwe: CWE-190
# vulnerable: false
# twin: cwe190-quote-total-c-int32-v
# tags: ctypes, fastapi
# explanation: The subtotal is now computed as a Python int and rejected with 422 if it exceeds the int32 range the tax engine accepts, instead of being silently wrapped to a negative value.
# ---
import ctypes

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

tax = ctypes.CDLL("libtaxengine.so")
tax.tax_for.restype = ctypes.c_int32
tax.tax_for.argtypes = [ctypes.c_int32, ctypes.c_char_p]

app = FastAPI()


class QuoteIn(BaseModel):
    sku: str
    quantity: int = Field(gt=0)
    region: str = Field(min_length=2, max_length=6)


@app.post("/quotes")
def quote(body: QuoteIn):
    from .catalog import unit_price_cents

    unit = unit_price_cents(body.sku)
    if unit is None:
        raise HTTPException(404, "unknown sku")
    subtotal = body.quantity * unit
    if subtotal > 2**31 - 1:
        raise HTTPException(422, "order total too large")
    total = subtotal + tax.tax_for(subtotal, body.region.encode())
    return {"sku": body.sku, "quantity": body.quantity, "total_cents": total}
