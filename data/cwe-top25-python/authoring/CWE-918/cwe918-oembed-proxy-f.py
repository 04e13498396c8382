# ---
# id: cwe918-oembed-proxy-f
# cwe: CWE-918
# vulnerable: false
# twin: cwe918-oembed-proxy-v
# tags: aiohttp
# explanation: The editor now names a provider (youtube, vimeo, flickr) and the backend maps it to a fixed oEmbed endpoint; unknown names are rejected. The target URL is only sent as a query parameter to that provider, so the backend can no longer be pointed at internal hosts.
# ---
from aiohttp import ClientSession, ClientTimeout, web

PROVIDERS = {
    "youtube": "https://www.youtube.com/oembed",
    "vimeo": "https://vimeo.com/api/oembed.json",
    "flickr": "https://www.flickr.com/services/oembed/",
}


async def resolve_embed(request: web.Request) -> web.Response:
    endpoint = PROVIDERS.get(request.query["endpoint"])
    if endpoint is None:
        return web.json_response({"error": "unknown provider"}, status=400)
    target = request.query["url"]
    session: ClientSession = request.app["http"]
    async with session.get(endpoint, params={"url": target, "format": "json"}) as resp:
        if resp.status != 200:
            return web.json_response({"error": f"provider returned {resp.status}"}, status=502)
        data = await resp.json(content_type=None)
    return web.json_response({"html": data.get("html", ""), "title": data.get("title", "")})


async def on_startup(app: web.Application) -> None:
    app["http"] = ClientSession(timeout=ClientTimeout(total=6))


async def on_cleanup(app: web.Application) -> None:
    await app["http"].close()


def create_app() -> web.Application:
    app = web.Application()
    app.router.add_get("/editor/embed", resolve_embed)
    app.on_startup.append(on_startup)
    app.on_cleanup.append(on_cleanup)
    return app
