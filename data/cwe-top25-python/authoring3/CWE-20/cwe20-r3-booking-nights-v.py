# ---
# id: cwe20-r3-booking-nights-v
# cwe: CWE-20
# vulnerable: true
# twin: none
# tags: fastapi, pydantic, datetime
# explanation: The booking quote trusts the check-in and check-out dates from the client without checking that check-out is after check-in. Reversed dates give a negative number of nights and a negative price, which the booking flow then charges (refunds) to the card.
# ---
from datetime import date

from pydantic import BaseModel


class QuoteRequest(BaseModel):
    room_id: int
    check_in: date
    check_out: date


def quote(req: QuoteRequest, rooms):
    room = rooms.get(req.room_id)
    nights = (req.check_out - req.check_in).days  #@vuln
    total = nights * room.nightly_rate
    return {"nights": nights, "total": str(total), "currency": room.currency}
