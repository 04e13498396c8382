# ---
# id: cwe190-blob-range-uint32-check-f
# cwe: CWE-190
# vulnerable: false
# twin: cwe190-blob-range-uint32-check-v
# tags: ctypes, numpy, aiohttp
# explanation: read_range() now compares offset + length computed with Python ints (which do not wrap) against the segment size, so a range that ends past the segment is always rejected before memmove.
# ---
import ctypes

import numpy as np
from aiohttp import web

seg = ctypes.CDLL("libblobseg.so")
seg.seg_base.restype = ctypes.c_void_p
seg.seg_size.restype = ctypes.c_uint32


def read_range(offset: int, length: int) -> bytes:
    if length < 0 or offset + length > seg.seg_size():
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
