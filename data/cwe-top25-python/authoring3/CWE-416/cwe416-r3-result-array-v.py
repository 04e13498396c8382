# ---
# id: cwe416-r3-result-array-v
# cwe: CWE-416
# vulnerable: true
# twin: cwe416-r3-result-array-f
# tags: numpy, ctypes
# explanation: detect() wraps the native result buffer in a numpy array without copying and then frees the buffer in the finally block. The returned array still points at the freed memory, so callers read (and may write) memory the allocator has already reused.
# ---
import ctypes

import numpy as np


def detect(lib, image: np.ndarray) -> np.ndarray:
    n = ctypes.c_size_t()
    ptr = lib.detect_boxes(image.ctypes.data, image.shape[0], image.shape[1], ctypes.byref(n))
    try:
        boxes = np.ctypeslib.as_array(ctypes.cast(ptr, ctypes.POINTER(ctypes.c_float)), shape=(n.value, 4))  #@vuln
        return boxes
    finally:
        lib.boxes_free(ptr)
