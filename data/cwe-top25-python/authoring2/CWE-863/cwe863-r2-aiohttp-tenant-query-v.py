# ---
# id: cwe863-r2-aiohttp-tenant-query-v
# cwe: CWE-863
# vulnerable: true
# twin: none
# tags: aiohttp, asyncpg
# explanation: An aiohttp handler returns a customer's shipment with its addresses. It does check that the shipment belongs to "the tenant", but it takes that tenant from the ?tenant= query parameter supplied by the client instead of from the authenticated session, so a user of one tenant can read any other tenant's shipments by passing the matching tenant id.
# ---
import logging
from datetime import datetime

from aiohttp import web
from aiohttp_session import get_session

log = logging.getLogger("shipments")

SHIPMENT_SQL = """
SELECT s.id, s.tenant_id, s.status, s.created_at, s.carrier, s.tracking_no,
       a.name, a.street, a.city, a.postcode, a.country
FROM shipments s JOIN addresses a ON a.id = s.address_id
WHERE s.id = $1
"""


def serialise(row) -> dict:
    created: datetime = row["created_at"]
    return {
        "id": row["id"],
        "status": row["status"],
        "created": created.isoformat(timespec="seconds"),
        "carrier": row["carrier"],
        "tracking": row["tracking_no"],
        "address": {k: row[k] for k in ("name", "street", "city", "postcode", "country")},
    }


async def get_shipment(request: web.Request) -> web.Response:
    session = await get_session(request)
    if "uid" not in session:
        raise web.HTTPUnauthorized()
    try:
        shipment_id = int(request.match_info["shipment_id"])
        tenant_id = int(request.query["tenant"])  #@vuln
    except (KeyError, ValueError):
        raise web.HTTPBadRequest(text="shipment id and tenant are required")
    async with request.app["pool"].acquire() as conn:
        row = await conn.fetchrow(SHIPMENT_SQL, shipment_id)
    if row is None or row["tenant_id"] != tenant_id:
        raise web.HTTPNotFound()
    log.debug("shipment %s read by %s", shipment_id, session["uid"])
    return web.json_response(serialise(row))


def setup(app: web.Application) -> None:
    app.router.add_get(r"/api/shipments/{shipment_id:\d+}", get_shipment)
