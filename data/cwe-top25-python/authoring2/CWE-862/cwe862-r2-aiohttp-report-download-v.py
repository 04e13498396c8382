# ---
# id: cwe862-r2-aiohttp-report-download-v
# cwe: CWE-862
# vulnerable: true
# twin: none
# tags: aiohttp, asyncpg
# explanation: An aiohttp service hands out generated PDF reports. A middleware makes sure a session user exists, but the download handler fetches the report row by the id from the URL and streams the file without comparing report.tenant_id with the session's tenant, so users of one customer can download another customer's reports by iterating ids.
# ---
import logging
from pathlib import Path

from aiohttp import web
from aiohttp_session import get_session

log = logging.getLogger(__name__)
REPORT_ROOT = Path("/srv/reports")
routes = web.RouteTableDef()


@web.middleware
async def require_login(request: web.Request, handler):
    if request.path.startswith("/health"):
        return await handler(request)
    session = await get_session(request)
    if "user_id" not in session:
        raise web.HTTPUnauthorized()
    request["user_id"] = session["user_id"]
    request["tenant_id"] = session["tenant_id"]
    return await handler(request)


async def fetch_report(pool, report_id: int):
    async with pool.acquire() as conn:
        return await conn.fetchrow(
            "SELECT id, tenant_id, file_name, title FROM reports WHERE id = $1", report_id
        )


@routes.get("/health")
async def health(request: web.Request) -> web.Response:
    return web.json_response({"ok": True})


@routes.get("/reports/{report_id:\\d+}/download")
async def download_report(request: web.Request) -> web.StreamResponse:
    report_id = int(request.match_info["report_id"])
    row = await fetch_report(request.app["db"], report_id)
    if row is None:
        raise web.HTTPNotFound()
    path = REPORT_ROOT / str(row["tenant_id"]) / row["file_name"]  #@vuln
    log.info("user %s downloads report %s", request["user_id"], report_id)
    return web.FileResponse(
        path,
        headers={"Content-Disposition": f'attachment; filename="{row["title"]}.pdf"'},
    )


def create_app(pool) -> web.Application:
    app = web.Application(middlewares=[require_login])
    app["db"] = pool
    app.add_routes(routes)
    return app
