# ---
# id: cwe20-order-lines-pydantic-b
# cwe: CWE-20
# vulnerable: false
# twin: none
# tags: fastapi, pydantic
# explanation: The order API declares every client field with pydantic constraints (quantity 1..50, at most 30 lines, SKU pattern) and prices the order from the server's own catalogue, never from the request. Out-of-range, negative or malformed values are rejected with 422 before any business logic runs.
# ---
from typing import List

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

from .catalog import price_for_sku
from .orders import create_order

app = FastAPI()


class OrderLine(BaseModel):
    sku: str = Field(pattern=r"^[A-Z]{2}-\d{5}$")
    quantity: int = Field(ge=1, le=50)


class OrderIn(BaseModel):
    lines: List[OrderLine] = Field(min_length=1, max_length=30)
    note: str = Field(default="", max_length=500)


@app.post("/orders", status_code=201)
async def place_order(order: OrderIn):
    total = 0
    for line in order.lines:
        unit = await price_for_sku(line.sku)
        if unit is None:
            raise HTTPException(422, f"unknown sku {line.sku}")
        total += unit * line.quantity
    order_id = await create_order(order.lines, total_cents=total, note=order.note)
    return {"order_id": order_id, "total_cents": total}
