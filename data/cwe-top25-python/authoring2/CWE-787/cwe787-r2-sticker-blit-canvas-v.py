# ---
# id: cwe787-r2-sticker-blit-canvas-v
# cwe: CWE-787
# vulnerable: true
# twin: none
# tags: aiohttp, ctypes, numpy
# explanation: An aiohttp avatar editor pastes a sticker onto a canvas held in a ctypes buffer, copying one row at a time with ctypes.memmove at an address computed from the client's x and y. Only negative positions are rejected; a sticker placed near the right or bottom edge is not clipped, so the row copies write beyond the end of the canvas rows and of the buffer.
# ---
"""Avatar editor: compose stickers onto a 512x512 RGBA canvas."""

import ctypes
import io
import logging

import numpy as np
from aiohttp import web
from PIL import Image

from avatars.assets import load_sticker, session_canvas

log = logging.getLogger(__name__)

CANVAS_W = CANVAS_H = 512
BPP = 4


class Canvas:
    def __init__(self) -> None:
        self.stride = CANVAS_W * BPP
        self.buf = ctypes.create_string_buffer(self.stride * CANVAS_H)
        self.base = ctypes.addressof(self.buf)

    def paste(self, sticker: np.ndarray, x: int, y: int) -> None:
        if x < 0 or y < 0:
            raise ValueError("sticker position must not be negative")
        h, w, _ = sticker.shape
        rows = np.ascontiguousarray(sticker, dtype=np.uint8)
        for row in range(h):
            dst = self.base + (y + row) * self.stride + x * BPP
            ctypes.memmove(dst, rows[row].ctypes.data, w * BPP)  #@vuln

    def png_bytes(self) -> bytes:
        img = Image.frombuffer("RGBA", (CANVAS_W, CANVAS_H), self.buf.raw, "raw", "RGBA", 0, 1)
        out = io.BytesIO()
        img.save(out, format="PNG")
        return out.getvalue()


async def add_sticker(request: web.Request) -> web.Response:
    body = await request.json()
    try:
        x, y = int(body["x"]), int(body["y"])
        sticker = load_sticker(body["sticker"])
    except (KeyError, TypeError, ValueError):
        raise web.HTTPBadRequest(text="x, y and sticker are required")
    canvas: Canvas = session_canvas(request, factory=Canvas)
    try:
        canvas.paste(sticker, x, y)
    except ValueError as exc:
        raise web.HTTPBadRequest(text=str(exc))
    log.info("sticker %s at (%d, %d)", body["sticker"], x, y)
    return web.Response(body=canvas.png_bytes(), content_type="image/png")


def setup(app: web.Application) -> None:
    app.router.add_post("/avatar/stickers", add_sticker)
