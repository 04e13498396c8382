# ---
# id: cwe190-pixel-offset-c-int-f
# cwe: CWE-190
# vulnerable: false
# twin: cwe190-pixel-offset-c-int-v
# tags: ctypes, numpy
# explanation: The offset is now computed with Python ints, which do not wrap, and checked to be non-negative and inside the mapping before the accessor is called, so rasters larger than 2 GiB are addressed correctly.
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
        offset = row * self.row_bytes + col * 4
        if not 0 <= offset <= raster.rm_size(self.handle) - 4:
            raise IndexError("pixel outside raster")
        return raster.rm_read_f32(raster.rm_base(self.handle), offset)


def sample(r: Raster, points):
    return [r.value_at(row, col) for row, col in points if 0 <= row < r.height and 0 <= col < r.width]
