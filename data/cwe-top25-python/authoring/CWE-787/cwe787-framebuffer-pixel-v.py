# ---
# id: cwe787-framebuffer-pixel-v
# cwe: CWE-787
# vulnerable: true
# twin: cwe787-framebuffer-pixel-f
# tags: ctypes
# explanation: A kiosk overlay draws markers into a framebuffer owned by a C display library, reached through a ctypes POINTER(c_uint32). Marker coordinates arrive from a remote control message and the index y*width+x is written through the raw pointer without checking x and y against the screen size, so out-of-range coordinates write outside the framebuffer.
# ---
"""Marker overlay drawn on the kiosk framebuffer."""

import ctypes

display = ctypes.CDLL("libkioskfb.so")
display.fb_pixels.restype = ctypes.POINTER(ctypes.c_uint32)
display.fb_width.restype = ctypes.c_int
display.fb_height.restype = ctypes.c_int


class Overlay:
    def __init__(self):
        self.pixels = display.fb_pixels()
        if not self.pixels:
            raise RuntimeError("framebuffer not mapped")
        self.width = display.fb_width()
        self.height = display.fb_height()

    def plot(self, x: int, y: int, argb: int) -> None:
        self.pixels[y * self.width + x] = argb  #@vuln

    def marker(self, cx: int, cy: int, argb: int = 0xFFFF0000, radius: int = 3) -> None:
        for dy in range(-radius, radius + 1):
            for dx in range(-radius, radius + 1):
                if dx * dx + dy * dy <= radius * radius:
                    self.plot(cx + dx, cy + dy, argb)


def on_remote_message(overlay: Overlay, msg: dict) -> None:
    if msg.get("type") == "marker":
        overlay.marker(int(msg["x"]), int(msg["y"]), int(msg.get("color", 0xFFFF0000)))
        display.fb_flush()
