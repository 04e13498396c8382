# ---
# id: cwe190-pixel-offset-c-int-v
# cwe: CWE-190
# vulnerable: true
# twin: cwe190-pixel-offset-c-int-f
# tags: ctypes, numpy
# explanation: A GIS tool reads a pixel from a huge memory-mapped raster through a C accessor, computing the byte offset as ctypes.c_int32(row * row_bytes + col * 4).value. For rasters larger than 2 GiB the offset wraps negative, and the bounds check "offset < size" passes, so the accessor reads before the start of the mapping.
# ---
import ctypes

raster = ctypes.CDLL("librastermap.so")
raster.rm_base.restype = ctypes.c_void_p
raster.rm_size.restype = ctypes.c_uint64
raster.rm_read_f32.restype = ctypes.c_float
raster.rm_read_f32.argtypes = [ctypes.c_void_p, ctypes.c_int64]


class Raster:
    def __init__(self, handle, width: int, height: int):
        self.handle = handle
        self.width, self.height = width, height
        self.row_bytes = width * 4

    def value_at(self, row: int, col: int) -> float:
        offset = ctypes.c_int32(row * self.row_bytes + col * 4).value  #@vuln
        if offset >= raster.rm_size(self.handle):
            raise IndexError("pixel outside raster")
        return raster.rm_read_f32(raster.rm_base(self.handle), offset)


def sample(r: Raster, points):
    return [r.value_at(row, col) for row, col in points if 0 <= row < r.height and 0 <= col < r.width]
