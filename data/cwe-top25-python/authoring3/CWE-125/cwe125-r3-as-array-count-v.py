# ---
# id: cwe125-r3-as-array-count-v
# cwe: CWE-125
# vulnerable: true
# twin: none
# tags: numpy, ctypes
# explanation: The decoder returns a pointer to its sample buffer, but the number of samples used to wrap it comes from the message header sent by the peer rather than from the decoder's output length. np.ctypeslib.as_array trusts the shape, so a larger header count exposes memory beyond the decoded samples.
# ---
import ctypes

import numpy as np


def decode_samples(lib, message: bytes) -> np.ndarray:
    declared = int.from_bytes(message[4:8], "little")
    out_len = ctypes.c_size_t(0)
    ptr = lib.decode(message[8:], len(message) - 8, ctypes.byref(out_len))
    samples = ctypes.cast(ptr, ctypes.POINTER(ctypes.c_float))
    arr = np.ctypeslib.as_array(samples, shape=(declared,)).copy()  #@vuln
    lib.decode_free(ptr)
    return arr
