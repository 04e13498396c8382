# ---
# id: cwe77-r2-qpdf-extract-pages-b
# cwe: CWE-77
# vulnerable: false
# twin: none
# tags: aiohttp, qpdf, subprocess
# explanation: An aiohttp endpoint extracts a page range from an uploaded PDF with qpdf, run through create_subprocess_exec without a shell. The upload is written to a temp file whose name the server picks, and the page range must fully match a digits-and-dashes pattern before it is placed in the argv, so neither value can be read by qpdf as an option.
# ---
import asyncio
import logging
import re
import tempfile
from pathlib import Path

from aiohttp import web

log = logging.getLogger("pdf.pages")
routes = web.RouteTableDef()

QPDF = "/usr/bin/qpdf"
RANGE_RE = re.compile(r"^\d{1,4}(-\d{1,4})?(,\d{1,4}(-\d{1,4})?){0,20}$")
MAX_UPLOAD = 50 * 1024 * 1024


async def read_upload(request: web.Request, dest: Path) -> None:
    reader = await request.multipart()
    part = await reader.next()
    if part is None or part.name != "pdf":
        raise web.HTTPBadRequest(text="expected a 'pdf' part")
    size = 0
    with dest.open("wb") as fh:
        while chunk := await part.read_chunk():
            size += len(chunk)
            if size > MAX_UPLOAD:
                raise web.HTTPRequestEntityTooLarge(max_size=MAX_UPLOAD, actual_size=size)
            fh.write(chunk)


@routes.post("/pdf/pages")
async def extract_pages(request: web.Request) -> web.Response:
    pages = request.query.get("pages", "")
    if not RANGE_RE.fullmatch(pages):
        raise web.HTTPBadRequest(text="pages must look like 1-3,7")
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "in.pdf", Path(tmp) / "out.pdf"
        await read_upload(request, src)
        proc = await asyncio.create_subprocess_exec(
            QPDF, "--empty", "--pages", str(src), pages, "--", str(out),
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE,
        )
        _, err = await asyncio.wait_for(proc.communicate(), timeout=60)
        if proc.returncode not in (0, 3):
            log.info("qpdf rejected upload: %s", err.decode(errors="replace")[-300:])
            raise web.HTTPUnprocessableEntity(text="could not read that PDF or page range")
        body = out.read_bytes()
    return web.Response(body=body, content_type="application/pdf")


def make_app() -> web.Application:
    app = web.Application(client_max_size=MAX_UPLOAD + 1024 * 1024)
    app.add_routes(routes)
    return app
