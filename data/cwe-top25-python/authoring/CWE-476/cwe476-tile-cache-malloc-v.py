# ---
# id: cwe476-tile-cache-malloc-v
# cwe: CWE-476
# vulnerable: true
# twin: cwe476-tile-cache-malloc-f
# tags: ctypes, libc
# explanation: A map tile cache allocates native buffers with libc malloc for a C rasterizer, with the size derived from the requested zoom level. malloc returns NULL when it cannot satisfy the request, and the code passes the result straight to memset and the rasterizer, which dereference the NULL pointer and crash the renderer process.
# ---
import ctypes
import ctypes.util

libc = ctypes.CDLL(ctypes.util.find_library("c"))
libc.malloc.restype = ctypes.c_void_p
libc.malloc.argtypes = [ctypes.c_size_t]
libc.free.argtypes = [ctypes.c_void_p]
raster = ctypes.CDLL("librasterlite.so")
raster.render_tile.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_int]

TILE = 256


def render(z: int, x: int, y: int, scale: int = 1) -> bytes:
    side = TILE * scale
    size = side * side * 4
    buf = libc.malloc(size)
    ctypes.memset(buf, 0, size)  #@vuln
    try:
        raster.render_tile(buf, z, x, y, side)
        return ctypes.string_at(buf, size)
    finally:
        libc.free(buf)
