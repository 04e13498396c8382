# ---
# id: cwe89-r2-member-search-aiohttp-f
# cwe: CWE-89
# vulnerable: false
# twin: cwe89-r2-member-search-aiohttp-v
# tags: aiohttp, asyncpg
# explanation: The member search now passes the prefix and limit to conn.fetch() as $1 and $2 parameters (the LIKE pattern is built with || on the server side), so asyncpg sends them separately from the SQL text and a quote in 'q' is just data.
# ---
import json
import logging

import asyncpg
from aiohttp import web

routes = web.RouteTableDef()
log = logging.getLogger("members.api")

MAX_RESULTS = 100


def _limit(request: web.Request) -> int:
    try:
        return max(1, min(int(request.query.get("limit", "20")), MAX_RESULTS))
    except ValueError:
        raise web.HTTPBadRequest(text="limit must be an integer")


def _row_to_dict(row: asyncpg.Record) -> dict:
    return {
        "id": row["id"],
        "name": row["display_name"],
        "joined": row["joined_at"].isoformat(),
        "tier": row["tier"],
    }


@routes.get("/api/members/search")
async def search_members(request: web.Request) -> web.Response:
    if request.get("member") is None:
        raise web.HTTPUnauthorized()
    pool: asyncpg.Pool = request.app["db"]
    name_start = request.query.get("q", "").strip()
    if len(name_start) < 2:
        raise web.HTTPBadRequest(text="q needs at least two characters")
    limit = _limit(request)
    sql = (
        "SELECT id, display_name, joined_at, tier FROM members "
        "WHERE lower(display_name) LIKE lower($1) || '%' ORDER BY display_name LIMIT $2"
    )
    async with pool.acquire() as conn:
        rows = await conn.fetch(sql, name_start, limit)
    log.info("member search %r -> %d rows", name_start, len(rows))
    body = {"results": [_row_to_dict(r) for r in rows], "count": len(rows)}
    return web.Response(text=json.dumps(body), content_type="application/json")


async def init_db(app: web.Application) -> None:
    app["db"] = await asyncpg.create_pool(dsn=app["config"]["dsn"], min_size=1, max_size=5)


def make_app(config: dict) -> web.Application:
    app = web.Application()
    app["config"] = config
    app.on_startup.append(init_db)
    app.add_routes(routes)
    return app
