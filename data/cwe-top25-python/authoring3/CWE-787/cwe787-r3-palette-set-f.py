# ---
# id: cwe787-r3-palette-set-f
# cwe: CWE-787
# vulnerable: false
# twin: cwe787-r3-palette-set-v
# tags: ctypes
# explanation: Every index read from the file is checked against palette.count before the unchecked POINTER store, so writes stay inside the palette the C library allocated.
# ---
import ctypes


class Palette(ctypes.Structure):
    _fields_ = [("count", ctypes.c_uint32), ("colors", ctypes.POINTER(ctypes.c_uint32))]


def set_palette(pal: Palette, entries):
    for index, rgb in entries:
        if not 0 <= index < pal.count:
            raise IndexError("palette index %d out of range" % index)
        r, g, b = rgb
        pal.colors[index] = (r << 16) | (g << 8) | b
    return pal.count
