# ---
# id: cwe125-tone-curve-lut-v
# cwe: CWE-125
# vulnerable: true
# twin: cwe125-tone-curve-lut-f
# tags: ctypes, numpy
# explanation: A photo tool maps 16-bit sensor values through a 256-entry tone curve that lives in a C color library and is reached through a ctypes POINTER. Each pixel value is used as the index with no check, so any value above 255 (normal for 12- or 16-bit raw files) reads beyond the 256-entry table.
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
    flat_in, flat_out = raw.reshape(-1), out.reshape(-1)
    for i in range(flat_in.size):
        flat_out[i] = table[int(flat_in[i])]  #@vuln
    return out


def develop(path: str, curve_name: str = "film") -> np.ndarray:
    raw = np.fromfile(path, dtype="<u2", offset=512)
    return apply_curve(raw, curve_name)
