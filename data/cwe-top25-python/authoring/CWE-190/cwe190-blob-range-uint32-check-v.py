# ---
# id: cwe190-blob-range-uint32-check-v
# cwe: CWE-190
# vulnerable: true
# twin: cwe190-blob-range-uint32-check-f
# tags: ctypes, numpy, aiohttp
# explanation: A blob server serves byte ranges from a C-managed segment. The range check computes offset + length as numpy uint32 values; offset=0xFFFFFF00 with length=0x200 wraps the sum to 0x100, the check passes, and memmove then copies from far outside the segment.
# ---
import ctypes

import numpy as np
from aiohttp import web

seg = ctypes.CDLL("libblobseg.so")
seg.seg_base.restype = ctypes.c_void_p
seg.seg_size.restype = ctypes.c_uint32


def read_range(offset: int, length: int) -> bytes:
    end = np.uint32(offset) + np.uint32(length)  #@vuln
    if end > seg.seg_size():
        raise web.HTTPRequestRangeNotSatisfiable()
    out = ctypes.create_string_buffer(length)
    ctypes.memmove(out, seg.seg_base() + offset, length)
    return out.raw


async def get_range(request: web.Request) -> web.Response:
    offset = int(request.query.get("offset", "0")) & 0xFFFFFFFF
    length = min(int(request.query.get("length", "4096")), 1 << 20)
    return web.Response(body=read_range(offset, length), content_type="application/octet-stream")


app = web.Application()
app.router.add_get("/blob", get_range)
