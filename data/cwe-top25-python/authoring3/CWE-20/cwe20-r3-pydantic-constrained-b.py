# ---
# id: cwe20-r3-pydantic-constrained-b
# cwe: CWE-20
# vulnerable: false
# twin: none
# tags: fastapi, pydantic
# explanation: The order line model declares its constraints with pydantic Field (quantity 1-1000, SKU pattern, positive price), so FastAPI rejects out-of-range or malformed input with 422 before the handler runs.
# ---
from decimal import Decimal

from pydantic import BaseModel, Field


class OrderLine(BaseModel):
    sku: str = Field(pattern=r"^[A-Z]{3}-\d{4}$")
    quantity: int = Field(ge=1, le=1000)
    unit_price: Decimal = Field(gt=0, max_digits=10, decimal_places=2)


def line_total(line: OrderLine) -> Decimal:
    return line.quantity * line.unit_price
