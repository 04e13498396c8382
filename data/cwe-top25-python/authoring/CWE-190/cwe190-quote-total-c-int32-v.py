# ---
# id: cwe190-quote-total-c-int32-v
# cwe: CWE-190
# vulnerable: true
# twin: cwe190-quote-total-c-int32-f
# tags: ctypes, fastapi
# explanation: A quoting service passes order totals to a C tax engine as 32-bit integers and computes the total with ctypes.c_int32(quantity * unit_cents).value. A large quantity wraps the product to a negative number, producing a negative total that the checkout accepts as a credit.
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
    subtotal = ctypes.c_int32(body.quantity * unit).value  #@vuln
    total = subtotal + tax.tax_for(subtotal, body.region.encode())
    return {"sku": body.sku, "quantity": body.quantity, "total_cents": total}
