# ---
# id: cwe125-geo-tile-bounded-view-b
# cwe: CWE-125
# vulnerable: false
# twin: none
# tags: ctypes, numpy
# explanation: An elevation service reads tiles from a C raster library into numpy through np.ctypeslib.as_array. The view's shape comes from the width and height the library reports for the tile it allocated, and the requested window is clipped to that shape with numpy slicing, which cannot read outside the array.
# ---
import ctypes

import numpy as np

dem = ctypes.CDLL("libdemtiles.so")
dem.dem_tile.restype = ctypes.POINTER(ctypes.c_float)
dem.dem_tile.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_int)]


def tile_array(tx: int, ty: int) -> np.ndarray:
    w, h = ctypes.c_int(), ctypes.c_int()
    ptr = dem.dem_tile(tx, ty, ctypes.byref(w), ctypes.byref(h))
    if not ptr:
        raise LookupError(f"no tile {tx},{ty}")
    return np.ctypeslib.as_array(ptr, shape=(h.value, w.value)).copy()


def window(tx: int, ty: int, row: int, col: int, size: int) -> np.ndarray:
    tile = tile_array(tx, ty)
    row, col = max(row, 0), max(col, 0)
    return tile[row : row + size, col : col + size]
