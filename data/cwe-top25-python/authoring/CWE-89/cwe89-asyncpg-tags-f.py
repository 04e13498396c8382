# ---
# id: cwe89-asyncpg-tags-f
# cwe: CWE-89
# vulnerable: false
# twin: cwe89-asyncpg-tags-v
# tags: aiohttp, asyncpg
# explanation: The article query now uses asyncpg's numbered placeholders: the tag is bound as $1 and the offset as $2, and the SQL text is a plain constant string. asyncpg sends the values separately, so the tag cannot alter the query.
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
            """SELECT a.id, a.title, a.published_at
                  FROM articles a JOIN article_tags t ON t.article_id = a.id
                 WHERE t.tag = $1
                 ORDER BY a.published_at DESC
                 LIMIT 20 OFFSET $2""",
            tag,
            (page - 1) * 20,
        )
    return web.json_response([{"id": r["id"], "title": r["title"]} for r in records])
