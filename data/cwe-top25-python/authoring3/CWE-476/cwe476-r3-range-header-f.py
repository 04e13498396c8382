# ---
# id: cwe476-r3-range-header-f
# cwe: CWE-476
# vulnerable: false
# twin: cwe476-r3-range-header-v
# tags: flask, re
# explanation: A Range header that does not match the pattern now gets a 416 answer before any group is read, so the None result of re.match is never dereferenced.
# ---
import re

from flask import request, Response

_RANGE = re.compile(r"bytes=(\d+)-(\d*)")


def serve_range(blob: bytes) -> Response:
    header = request.headers.get("Range", "bytes=0-")
    m = _RANGE.match(header)
    if m is None:
        return Response(status=416)
    start = int(m.group(1))
    end = int(m.group(2)) if m.group(2) else len(blob) - 1
    body = blob[start:end + 1]
    resp = Response(body, status=206, mimetype="application/octet-stream")
    resp.headers["Content-Range"] = "bytes %d-%d/%d" % (start, start + len(body) - 1, len(blob))
    return resp
