# ---
# id: cwe119-struct-size-asserted-b
# cwe: CWE-119
# vulnerable: false
# twin: none
# tags: ctypes
# explanation: A GPS receiver binding mirrors the library's position struct in ctypes and, at import time, compares ctypes.sizeof(GpsPosition) with the size the library reports for its own struct, raising ImportError on a mismatch. The buffer passed to gps_read is therefore known to match the layout the C side fills.
# ---
"""Bindings for the GPS receiver library."""

import ctypes

gps = ctypes.CDLL("libgpsrx.so")
gps.gps_position_size.restype = ctypes.c_size_t


class GpsPosition(ctypes.Structure):
    _fields_ = [
        ("utc_ms", ctypes.c_int64),
        ("lat", ctypes.c_double),
        ("lon", ctypes.c_double),
        ("alt_m", ctypes.c_float),
        ("sats", ctypes.c_uint8),
        ("quality", ctypes.c_uint8),
    ]


if ctypes.sizeof(GpsPosition) != gps.gps_position_size():
    raise ImportError(f"libgpsrx struct size {gps.gps_position_size()} != binding size {ctypes.sizeof(GpsPosition)}")

gps.gps_read.argtypes = [ctypes.POINTER(GpsPosition)]
gps.gps_read.restype = ctypes.c_int


def current_position():
    pos = GpsPosition()
    if gps.gps_read(ctypes.byref(pos)) != 0 or pos.quality == 0:
        return None
    return {"lat": pos.lat, "lon": pos.lon, "alt": pos.alt_m, "sats": pos.sats}
