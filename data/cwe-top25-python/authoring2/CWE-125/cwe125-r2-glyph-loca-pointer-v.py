# ---
# id: cwe125-r2-glyph-loca-pointer-v
# cwe: CWE-125
# vulnerable: true
# twin: cwe125-r2-glyph-loca-pointer-f
# tags: ctypes, mmap, fonts
# explanation: A label-printing service reads glyph outlines from user-uploaded fonts through a ctypes pointer over the mmapped file. Glyph ids come from the text to print and are checked only against 0xFFFF, not against the font's glyph count, so the ctypes POINTER(c_uint32) indexing of the loca table reads past the table and the mapping for fonts with few glyphs.
# ---
"""Minimal glyph access for the label printer's uploaded fonts."""

import ctypes
import logging
import mmap
import struct

log = logging.getLogger("labels.fonts")

FONT_HEADER = struct.Struct(">4sHHII")


class FontError(ValueError):
    pass


class PackedFont:
    def __init__(self, path: str) -> None:
        self._fh = open(path, "rb")
        self._map = mmap.mmap(self._fh.fileno(), 0, access=mmap.ACCESS_COPY)
        self.size = len(self._map)
        magic, version, units, num_glyphs, loca_at = FONT_HEADER.unpack_from(self._map, 0)
        if magic != b"PFNT":
            raise FontError(f"{path} is not a packed font")
        if loca_at + 4 * (num_glyphs + 1) > self.size:
            raise FontError("glyph location table is truncated")
        self.units_per_em = units
        self.num_glyphs = num_glyphs
        self._base = ctypes.addressof(ctypes.c_char.from_buffer(self._map))
        self._loca = ctypes.cast(self._base + loca_at, ctypes.POINTER(ctypes.c_uint32))
        self._cmap = {}

    def map_char(self, ch: str) -> int:
        return self._cmap.get(ord(ch), ord(ch) & 0xFFFF)

    def glyph_bytes(self, gid: int) -> bytes:
        if not 0 <= gid <= 0xFFFF:
            raise FontError(f"glyph id {gid} out of range")
        start, end = self._loca[gid], self._loca[gid + 1]  #@vuln
        if start > end or end > self.size:
            raise FontError(f"glyph {gid} has a bad location")
        return ctypes.string_at(self._base + start, end - start)

    def outlines(self, text: str) -> list[bytes]:
        return [self.glyph_bytes(self.map_char(ch)) for ch in text if not ch.isspace()]


def render_label(font: PackedFont, text: str, size_pt: float) -> dict:
    outlines = font.outlines(text)
    scale = size_pt / font.units_per_em
    log.debug("label %r: %d glyphs at scale %.4f", text, len(outlines), scale)
    return {"glyphs": outlines, "scale": scale, "advance": len(text) * size_pt * 0.6}
