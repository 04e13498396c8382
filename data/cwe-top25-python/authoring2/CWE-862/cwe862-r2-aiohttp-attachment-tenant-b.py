# ---
# id: cwe862-r2-aiohttp-attachment-tenant-b
# cwe: CWE-862
# vulnerable: false
# twin: none
# tags: aiohttp, asyncpg
# explanation: An aiohttp service streams message attachments. The session middleware puts the user and tenant on the request, and the lookup query selects the attachment by id AND tenant_id AND a conversation the user participates in, so a foreign id yields no row and a 404; the object is only reachable by users allowed to see it.
# ---
import logging
import mimetypes
from pathlib import Path

from aiohttp import web
from aiohttp_session import get_session

log = logging.getLogger("attachments")
STORAGE = Path("/var/lib/chat/attachments")

ATTACHMENT_SQL = """
SELECT a.id, a.storage_key, a.original_name
FROM attachments a
JOIN participants p ON p.conversation_id = a.conversation_id
WHERE a.id = $1 AND a.tenant_id = $2 AND p.user_id = $3
"""


@web.middleware
async def session_user(request, handler):
    session = await get_session(request)
    if "uid" not in session:
        raise web.HTTPUnauthorized()
    request["uid"] = session["uid"]
    request["tenant"] = session["tenant"]
    return await handler(request)


async def get_attachment(request: web.Request) -> web.StreamResponse:
    attachment_id = int(request.match_info["attachment_id"])
    async with request.app["pool"].acquire() as conn:
        row = await conn.fetchrow(ATTACHMENT_SQL, attachment_id, request["tenant"], request["uid"])
    if row is None:
        raise web.HTTPNotFound()
    content_type, _ = mimetypes.guess_type(row["original_name"])
    log.debug("attachment %s served to %s", attachment_id, request["uid"])
    return web.FileResponse(
        STORAGE / row["storage_key"],
        headers={"Content-Type": content_type or "application/octet-stream"},
    )


def setup(app: web.Application) -> None:
    app.middlewares.append(session_user)
    app.router.add_get(r"/attachments/{attachment_id:\d+}", get_attachment)
