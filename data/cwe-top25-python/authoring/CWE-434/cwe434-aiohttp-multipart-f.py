# ---
# id: cwe434-aiohttp-multipart-f
# cwe: CWE-434
# vulnerable: false
# twin: cwe434-aiohttp-multipart-v
# tags: aiohttp
# explanation: Only extensions in a fixed allow-list of inert formats (images, PDF, plain text, archives) are accepted before anything is written, so HTML, SVG and other active types can no longer be published through the file host.
# ---
import pathlib
import secrets

from aiohttp import web

SERVE_ROOT = pathlib.Path("/srv/www/files")
MAX_BYTES = 25 * 1024 * 1024
ALLOWED = {".png", ".jpg", ".jpeg", ".gif", ".webp", ".pdf", ".txt", ".zip"}


async def upload(request: web.Request) -> web.Response:
    reader = await request.multipart()
    field = await reader.next()
    if field is None or field.name != "file" or not field.filename:
        raise web.HTTPBadRequest(text="missing file")
    ext = pathlib.PurePath(field.filename).suffix.lower()[:10]
    if ext not in ALLOWED:
        raise web.HTTPUnsupportedMediaType(text="file type not allowed")
    name = secrets.token_urlsafe(12) + ext
    size = 0
    with open(SERVE_ROOT / name, "wb") as out:
        while chunk := await field.read_chunk():
            size += len(chunk)
            if size > MAX_BYTES:
                out.close()
                (SERVE_ROOT / name).unlink()
                raise web.HTTPRequestEntityTooLarge(max_size=MAX_BYTES, actual_size=size)
            out.write(chunk)
    return web.json_response({"url": f"https://app.example.com/files/{name}"})
