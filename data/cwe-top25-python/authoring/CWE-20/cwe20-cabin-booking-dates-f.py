# ---
# id: cwe20-cabin-booking-dates-f
# cwe: CWE-20
# vulnerable: false
# twin: cwe20-cabin-booking-dates-v
# tags: fastapi, datetime
# explanation: The quote function now rejects stays that do not start in the future or whose length is not between 1 and 30 nights, so reversed or absurd date ranges can no longer produce a zero or negative total.
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
    nights = (check_out - check_in).days
    if check_in < date.today() or not 1 <= nights <= 30:
        raise HTTPException(422, "stay must start today or later and last 1 to 30 nights")
    return nights * cabin_rate_cents(cabin_id)


@app.post("/bookings")
async def create_booking(req: BookingRequest):
    if not 1 <= req.guests <= 8:
        raise HTTPException(422, "guests must be between 1 and 8")
    total = quote(req.cabin_id, req.check_in, req.check_out)
    booking_id = await reserve(req.cabin_id, req.check_in, req.check_out, total)
    return {"booking_id": booking_id, "total_cents": total}
