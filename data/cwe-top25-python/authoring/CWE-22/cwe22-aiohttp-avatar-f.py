# ---
# id: cwe22-aiohttp-avatar-f
# cwe: CWE-22
# vulnerable: false
# twin: cwe22-aiohttp-avatar-v
# tags: aiohttp, pathlib
# explanation: The avatar path is now resolved and must be relative to the resolved avatar directory; anything else (absolute paths, "..", symlinks out of the folder) falls back to the default avatar.
# ---
from pathlib import Path

from aiohttp import web

AVATAR_DIR = Path("/srv/chat/avatars").resolve()
DEFAULT_AVATAR = AVATAR_DIR / "default.png"


async def avatar(request: web.Request) -> web.StreamResponse:
    requested = request.query.get("file")
    if not requested:
        return web.FileResponse(DEFAULT_AVATAR)
    path = (AVATAR_DIR / requested).resolve()
    if not path.is_relative_to(AVATAR_DIR) or not path.is_file():
        return web.FileResponse(DEFAULT_AVATAR)
    return web.FileResponse(path, headers={"Cache-Control": "public, max-age=86400"})


def setup_routes(app: web.Application) -> None:
    app.router.add_get("/avatar", avatar)
