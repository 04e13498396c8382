# ---
# id: cwe434-aiohttp-multipart-v
# cwe: CWE-434
# vulnerable: true
# twin: cwe434-aiohttp-multipart-f
# tags: aiohttp
# explanation: The aiohttp handler streams an uploaded file from a multipart request into the directory that nginx serves as https://app.example.com/files/ on the main application origin, using a random stem but the client's extension with no restriction. Users can publish .html, .svg or .xhtml files containing script for anyone who follows the link.
# ---
import pathlib
import secrets

from aiohttp import web

SERVE_ROOT = pathlib.Path("/srv/www/files")
MAX_BYTES = 25 * 1024 * 1024


async def upload(request: web.Request) -> web.Response:
    reader = await request.multipart()
    field = await reader.next()
    if field is None or field.name != "file" or not field.filename:
        raise web.HTTPBadRequest(text="missing file")
    ext = pathlib.PurePath(field.filename).suffix.lower()[:10]  #@vuln
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
