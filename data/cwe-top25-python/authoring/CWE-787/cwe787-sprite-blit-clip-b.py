# ---
# id: cwe787-sprite-blit-clip-b
# cwe: CWE-787
# vulnerable: false
# twin: none
# tags: ctypes
# explanation: A sprite blitter writes pixels into a framebuffer reached through a raw ctypes pointer, with positions coming from game scripts. It clips the sprite rectangle to the screen before the loop, so every index y*width+x written through the pointer lies inside the framebuffer.
# ---
import ctypes

fb = ctypes.CDLL("libminifb.so")
fb.mfb_pixels.restype = ctypes.POINTER(ctypes.c_uint32)


class Screen:
    def __init__(self, width: int, height: int):
        self.width, self.height = width, height
        self.pixels = fb.mfb_pixels()
        if not self.pixels:
            raise RuntimeError("no framebuffer")

    def blit(self, sprite, sx: int, sy: int) -> None:
        x0, y0 = max(sx, 0), max(sy, 0)
        x1 = min(sx + sprite.width, self.width)
        y1 = min(sy + sprite.height, self.height)
        for y in range(y0, y1):
            row = y * self.width
            src_row = (y - sy) * sprite.width
            for x in range(x0, x1):
                argb = sprite.data[src_row + (x - sx)]
                if argb >> 24:
                    self.pixels[row + x] = argb
