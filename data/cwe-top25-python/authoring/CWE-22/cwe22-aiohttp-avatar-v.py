# ---
# id: cwe22-aiohttp-avatar-v
# cwe: CWE-22
# vulnerable: true
# twin: cwe22-aiohttp-avatar-f
# tags: aiohttp, pathlib
# explanation: An aiohttp chat service returns avatar images by the "file" query parameter joined onto the avatar directory with pathlib. Neither ".." nor absolute paths are rejected, so the endpoint streams any file the process can read.
# ---
from pathlib import Path

from aiohttp import web

AVATAR_DIR = Path("/srv/chat/avatars")
DEFAULT_AVATAR = AVATAR_DIR / "default.png"


async def avatar(request: web.Request) -> web.StreamResponse:
    requested = request.query.get("file")
    if not requested:
        return web.FileResponse(DEFAULT_AVATAR)
    path = AVATAR_DIR / requested
    if not path.is_file():
        return web.FileResponse(DEFAULT_AVATAR)
    return web.FileResponse(path, headers={"Cache-Control": "public, max-age=86400"})  #@vuln


def setup_routes(app: web.Application) -> None:
    app.router.add_get("/avatar", avatar)
