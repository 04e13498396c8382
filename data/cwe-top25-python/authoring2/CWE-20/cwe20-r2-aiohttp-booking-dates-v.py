# ---
# id: cwe20-r2-aiohttp-booking-dates-v
# cwe: CWE-20
# vulnerable: true
# twin: none
# tags: aiohttp, asyncpg, datetime
# explanation: The booking endpoint parses check-in and check-out dates from the JSON body and prices the stay as nights times the nightly rate, but never checks that check-out is after check-in. A guest can send reversed dates, get a negative number of nights and a negative total that the payment step turns into a credit, and the room calendar gets an inverted range.
# ---
import logging
from datetime import date
from decimal import Decimal

from aiohttp import web

log = logging.getLogger("bookings")
routes = web.RouteTableDef()

CLEANING_FEE = Decimal("25.00")
MAX_GUESTS = 6


def parse_day(value, field):
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise web.HTTPBadRequest(text=f"{field} must be YYYY-MM-DD")


def quote(rate, check_in, check_out):
    nights = (check_out - check_in).days
    return nights, rate * nights + CLEANING_FEE


@routes.post("/rooms/{room_id}/bookings")
async def create_booking(request: web.Request) -> web.Response:
    guest_id = request["guest_id"]
    body = await request.json()
    check_in = parse_day(body.get("check_in"), "check_in")
    check_out = parse_day(body.get("check_out"), "check_out")
    guests = int(body.get("guests", 1))
    if not 1 <= guests <= MAX_GUESTS:
        raise web.HTTPBadRequest(text=f"guests must be 1-{MAX_GUESTS}")
    pool = request.app["db"]
    async with pool.acquire() as conn, conn.transaction():
        room = await conn.fetchrow("SELECT id, nightly_rate FROM rooms WHERE id = $1", int(request.match_info["room_id"]))
        if room is None:
            raise web.HTTPNotFound()
        nights, total = quote(room["nightly_rate"], check_in, check_out)  #@vuln
        clash = await conn.fetchval(
            "SELECT 1 FROM bookings WHERE room_id = $1 AND check_in < $3 AND check_out > $2",
            room["id"], check_in, check_out)
        if clash:
            raise web.HTTPConflict(text="room is not available for those dates")
        booking_id = await conn.fetchval(
            "INSERT INTO bookings (room_id, guest_id, check_in, check_out, guests, total) "
            "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
            room["id"], guest_id, check_in, check_out, guests, total)
    log.info("booking %s: room %s, %d nights, %s", booking_id, room["id"], nights, total)
    return web.json_response({"booking": booking_id, "nights": nights, "total": str(total)}, status=201)
