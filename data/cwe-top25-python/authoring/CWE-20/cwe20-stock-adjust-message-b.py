# ---
# id: cwe20-stock-adjust-message-b
# cwe: CWE-20
# vulnerable: false
# twin: none
# tags: celery, pydantic
# explanation: A Celery task applies stock adjustments received from store terminals over the message queue. Every message is parsed into a pydantic model with a constrained SKU pattern, a bounded non-zero delta, a reason from a fixed set and a timezone-aware timestamp, and invalid messages are rejected before touching inventory.
# ---
"""Consumers for stock adjustments sent by store terminals."""

from datetime import datetime
from typing import Literal

from celery import shared_task
from pydantic import AwareDatetime, BaseModel, Field, ValidationError, field_validator

from inventory.service import adjust_stock, dead_letter


class StockAdjustment(BaseModel):
    store_id: int = Field(gt=0)
    sku: str = Field(pattern=r"^[A-Z0-9]{6,12}$")
    delta: int = Field(ge=-500, le=500)
    reason: Literal["sale", "return", "damage", "count"]
    at: AwareDatetime

    @field_validator("delta")
    @classmethod
    def non_zero(cls, v: int) -> int:
        if v == 0:
            raise ValueError("delta must not be zero")
        return v


@shared_task
def apply_adjustment(message: dict) -> None:
    try:
        adj = StockAdjustment.model_validate(message)
    except ValidationError as exc:
        dead_letter(message, str(exc))
        return
    adjust_stock(adj.store_id, adj.sku, adj.delta, reason=adj.reason, at=adj.at)
