# ---
# id: cwe20-concert-seats-model-f
# cwe: CWE-20
# vulnerable: false
# twin: cwe20-concert-seats-model-v
# tags: fastapi, pydantic
# explanation: The seats field is now declared with Field(ge=1, le=8), so pydantic rejects zero, negative and bulk requests with a 422 before the handler runs. Capacity can only be reduced by a legitimate number of seats.
# ---
"""Seat holds for ticketed events."""

from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel, Field

from .auth import current_customer
from .events import get_event, hold_seats

app = FastAPI()


class SeatHold(BaseModel):
    event_id: int
    seats: int = Field(ge=1, le=8)
    section: str = "GA"


@app.post("/holds")
async def create_hold(hold: SeatHold, customer=Depends(current_customer)):
    event = await get_event(hold.event_id)
    if event is None:
        raise HTTPException(404, "event not found")
    if hold.seats > event.remaining:
        raise HTTPException(409, "not enough seats left")
    hold_id = await hold_seats(event, customer.id, hold.section, hold.seats)
    return {"hold_id": hold_id, "expires_in": 600}
