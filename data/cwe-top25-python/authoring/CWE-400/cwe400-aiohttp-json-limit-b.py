# ---
# id: cwe400-aiohttp-json-limit-b
# cwe: CWE-400
# vulnerable: false
# twin: none
# tags: aiohttp
# explanation: An aiohttp bookmark service reads JSON with await request.json(), which goes through aiohttp's body reader and is capped by client_max_size (set here to 256 KiB); a larger body raises 413. The per-request memory is bounded by the framework limit.
# ---
from aiohttp import web

from .store import BookmarkStore


async def add_bookmarks(request: web.Request) -> web.Response:
    payload = await request.json()
    items = payload.get("bookmarks", [])
    if not isinstance(items, list) or len(items) > 500:
        raise web.HTTPBadRequest(text="bookmarks must be a list of at most 500 items")
    store: BookmarkStore = request.app["store"]
    added = await store.add_many(request["user_id"], items)
    return web.json_response({"added": added})


def make_app(store: BookmarkStore) -> web.Application:
    app = web.Application(client_max_size=256 * 1024)
    app["store"] = store
    app.router.add_post("/bookmarks", add_bookmarks)
    return app
