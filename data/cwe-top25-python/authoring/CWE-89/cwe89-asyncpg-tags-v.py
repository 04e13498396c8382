# ---
# id: cwe89-asyncpg-tags-v
# cwe: CWE-89
# vulnerable: true
# twin: cwe89-asyncpg-tags-f
# tags: aiohttp, asyncpg
# explanation: An aiohttp handler searches articles by tag and builds the asyncpg query with an f-string from the tag query parameter. asyncpg runs whatever text it receives, so a tag containing a quote ends the literal and adds SQL such as a UNION over the users table.
# ---
import asyncpg
from aiohttp import web

routes = web.RouteTableDef()


async def init_pool(app):
    app["pool"] = await asyncpg.create_pool(dsn=app["config"]["database_url"], min_size=1, max_size=5)


@routes.get("/articles")
async def articles_by_tag(request: web.Request) -> web.Response:
    tag = request.query.get("tag", "news")
    page = max(int(request.query.get("page", "1")), 1)
    async with request.app["pool"].acquire() as conn:
        records = await conn.fetch(
            f"""SELECT a.id, a.title, a.published_at
                  FROM articles a JOIN article_tags t ON t.article_id = a.id
                 WHERE t.tag = '{tag}'  #@vuln
                 ORDER BY a.published_at DESC
                 LIMIT 20 OFFSET $1""",
            (page - 1) * 20,
        )
    return web.json_response([{"id": r["id"], "title": r["title"]} for r in records])
