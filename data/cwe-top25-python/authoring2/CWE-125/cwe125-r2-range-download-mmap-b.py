# ---
# id: cwe125-r2-range-download-mmap-b
# cwe: CWE-125
# vulnerable: false
# twin: none
# tags: aiohttp, mmap, http-range
# explanation: An aiohttp handler serves byte ranges of build artifacts from an mmap. The start and end come from the client's Range header, but they are parsed, clamped to the file size and rejected with 416 when unsatisfiable, and the read is an mmap slice, which Python bounds-checks, so no read goes beyond the artifact.
# ---
"""Artifact download endpoint with HTTP Range support."""

import logging
import mmap
import re

from aiohttp import web

from ci.artifacts import artifact_file

log = logging.getLogger("ci.download")

RANGE_RE = re.compile(r"bytes=(\d*)-(\d*)$")


def parse_range(header: str, size: int):
    m = RANGE_RE.match(header.strip())
    if not m or m.group(1) == m.group(2) == "":
        raise web.HTTPBadRequest(text="malformed Range header")
    if m.group(1) == "":
        length = min(int(m.group(2)), size)
        return size - length, size - 1
    start = int(m.group(1))
    end = int(m.group(2)) if m.group(2) else size - 1
    if start >= size or end < start:
        raise web.HTTPRequestRangeNotSatisfiable(headers={"Content-Range": f"bytes */{size}"})
    return start, min(end, size - 1)


async def download(request: web.Request) -> web.StreamResponse:
    path = artifact_file(request.match_info["build"], request.match_info["artifact"])
    with open(path, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm:
        size = len(mm)
        header = request.headers.get("Range")
        if header is None:
            start, end, status = 0, size - 1, 200
        else:
            start, end = parse_range(header, size)
            status = 206
        body = mm[start:end + 1]
    resp = web.Response(body=body, status=status, content_type="application/octet-stream")
    resp.headers["Accept-Ranges"] = "bytes"
    if status == 206:
        resp.headers["Content-Range"] = f"bytes {start}-{end}/{size}"
    log.info("%s %s bytes %d-%d", request.remote, path.name, start, end)
    return resp


def setup(app: web.Application) -> None:
    app.router.add_get("/builds/{build}/artifacts/{artifact}", download)
