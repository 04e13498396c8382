# ---
# id: cwe20-cabin-booking-dates-v
# cwe: CWE-20
# vulnerable: true
# twin: cwe20-cabin-booking-dates-f
# tags: fastapi, datetime
# explanation: The booking endpoint parses check-in and check-out dates from the request and prices the stay as nights times the nightly rate. It never checks that check-out is after check-in, so reversed dates yield a negative number of nights and a negative total that the payment step turns into a refund.
# ---
from datetime import date

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from .inventory import cabin_rate_cents, reserve

app = FastAPI()


class BookingRequest(BaseModel):
    cabin_id: int
    check_in: date
    check_out: date
    guests: int


def quote(cabin_id: int, check_in: date, check_out: date) -> int:
    nights = (check_out - check_in).days  #@vuln
    return nights * cabin_rate_cents(cabin_id)


@app.post("/bookings")
async def create_booking(req: BookingRequest):
    if not 1 <= req.guests <= 8:
        raise HTTPException(422, "guests must be between 1 and 8")
    total = quote(req.cabin_id, req.check_in, req.check_out)
    booking_id = await reserve(req.cabin_id, req.check_in, req.check_out, total)
    return {"booking_id": booking_id, "total_cents": total}
