# ---
# id: cwe476-r3-range-header-v
# cwe: CWE-476
# vulnerable: true
# twin: cwe476-r3-range-header-f
# tags: flask, re
# explanation: The Range header of a download request is parsed with re.match and .group() is called on the result directly. Any malformed header (e.g. "items=0-10") makes re.match return None, the attribute access raises, and every such request crashes the handler with a 500.
# ---
import re

from flask import request, Response

_RANGE = re.compile(r"bytes=(\d+)-(\d*)")


def serve_range(blob: bytes) -> Response:
    header = request.headers.get("Range", "bytes=0-")
    m = _RANGE.match(header)
    start = int(m.group(1))  #@vuln
    end = int(m.group(2)) if m.group(2) else len(blob) - 1
    body = blob[start:end + 1]
    resp = Response(body, status=206, mimetype="application/octet-stream")
    resp.headers["Content-Range"] = "bytes %d-%d/%d" % (start, start + len(body) - 1, len(blob))
    return resp
