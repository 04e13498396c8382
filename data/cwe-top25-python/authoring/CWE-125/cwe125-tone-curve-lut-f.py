# ---
# id: cwe125-tone-curve-lut-f
# cwe: CWE-125
# vulnerable: false
# twin: cwe125-tone-curve-lut-v
# tags: ctypes, numpy
# explanation: Raw values are now scaled down from 16 bits to the 0..255 range (a right shift by 8) before indexing the 256-entry table, so every index used on the C pointer is in bounds.
# ---
import ctypes

import numpy as np

color = ctypes.CDLL("libcolorcurve.so")
color.curve_table.restype = ctypes.POINTER(ctypes.c_uint8)
color.curve_table.argtypes = [ctypes.c_char_p]


def apply_curve(raw: np.ndarray, curve_name: str) -> np.ndarray:
    table = color.curve_table(curve_name.encode())
    if not table:
        raise KeyError(f"unknown tone curve {curve_name!r}")
    out = np.empty(raw.shape, dtype=np.uint8)
    flat_in, flat_out = (raw.reshape(-1) >> 8).astype(np.uint8), out.reshape(-1)
    for i in range(flat_in.size):
        flat_out[i] = table[int(flat_in[i])]
    return out


def develop(path: str, curve_name: str = "film") -> np.ndarray:
    raw = np.fromfile(path, dtype="<u2", offset=512)
    return apply_curve(raw, curve_name)
