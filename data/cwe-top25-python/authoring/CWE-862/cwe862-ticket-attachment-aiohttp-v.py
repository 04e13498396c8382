# ---
# id: cwe862-ticket-attachment-aiohttp-v
# cwe: CWE-862
# vulnerable: true
# twin: none
# tags: aiohttp, aiohttp-session, asyncpg
# explanation: A helpdesk service in aiohttp serves ticket attachments to logged-in customers. It checks that a session exists but selects the attachment by its id alone, without joining to tickets owned by that customer, so any customer can download files attached to other customers' tickets.
# ---
from aiohttp import web
from aiohttp_session import get_session

routes = web.RouteTableDef()


async def require_customer(request: web.Request) -> int:
    session = await get_session(request)
    customer_id = session.get("customer_id")
    if customer_id is None:
        raise web.HTTPUnauthorized()
    return customer_id


@routes.get("/attachments/{attachment_id}")
async def download_attachment(request: web.Request) -> web.Response:
    await require_customer(request)
    attachment_id = int(request.match_info["attachment_id"])
    async with request.app["pg"].acquire() as conn:
        row = await conn.fetchrow(  #@vuln
            "SELECT filename, content_type, data FROM attachments WHERE id = $1",  #@vuln
            attachment_id,  #@vuln
        )  #@vuln
    if row is None:
        raise web.HTTPNotFound()
    return web.Response(
        body=row["data"],
        content_type=row["content_type"],
        headers={"Content-Disposition": f'attachment; filename="{row["filename"]}"'},
    )
