# ---
# id: cwe918-oembed-proxy-v
# cwe: CWE-918
# vulnerable: true
# twin: cwe918-oembed-proxy-f
# tags: aiohttp
# explanation: A CMS editor plugin asks the backend to resolve embeds; the aiohttp handler takes the oEmbed endpoint itself from the "endpoint" query parameter and fetches it with the target URL. Since the endpoint is client-chosen, the backend makes requests to any internal host and returns the JSON body.
# ---
from aiohttp import ClientSession, ClientTimeout, web


async def resolve_embed(request: web.Request) -> web.Response:
    endpoint = request.query["endpoint"]
    target = request.query["url"]
    session: ClientSession = request.app["http"]
    async with session.get(endpoint, params={"url": target, "format": "json"}) as resp:  #@vuln
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
