# ---
# id: cwe20-concert-seats-model-v
# cwe: CWE-20
# vulnerable: true
# twin: cwe20-concert-seats-model-f
# tags: fastapi, pydantic
# explanation: The pydantic model for seat holds declares seats as a bare int, so any integer is accepted. A request for -50 seats increases the remaining capacity of the event, and a request for 100000 drains it, because hold_seats simply subtracts the number.
# ---
"""Seat holds for ticketed events."""

from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel

from .auth import current_customer
from .events import get_event, hold_seats

app = FastAPI()


class SeatHold(BaseModel):
    event_id: int
    seats: int  #@vuln
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
