# ---
# id: cwe787-r3-palette-set-v
# cwe: CWE-787
# vulnerable: true
# twin: cwe787-r3-palette-set-f
# tags: ctypes
# explanation: set_palette writes colour entries from an image file into a palette owned by a C library, reached through a ctypes POINTER. Pointer indexing has no bounds check, and the index comes from the file, so an index at or past palette.count writes outside the native palette.
# ---
import ctypes


class Palette(ctypes.Structure):
    _fields_ = [("count", ctypes.c_uint32), ("colors", ctypes.POINTER(ctypes.c_uint32))]


def set_palette(pal: Palette, entries):
    for index, rgb in entries:
        r, g, b = rgb
        pal.colors[index] = (r << 16) | (g << 8) | b  #@vuln
    return pal.count
