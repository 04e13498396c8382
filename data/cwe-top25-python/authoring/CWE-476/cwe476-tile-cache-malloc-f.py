# ---
# id: cwe476-tile-cache-malloc-f
# cwe: CWE-476
# vulnerable: false
# twin: cwe476-tile-cache-malloc-v
# tags: ctypes, libc
# explanation: render() now checks the pointer malloc returns and raises MemoryError when it is NULL, before memset or the rasterizer can dereference it.
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
    if not buf:
        raise MemoryError(f"cannot allocate {size} bytes for tile")
    ctypes.memset(buf, 0, size)
    try:
        raster.render_tile(buf, z, x, y, side)
        return ctypes.string_at(buf, size)
    finally:
        libc.free(buf)
