# ---
# id: cwe416-r3-result-array-f
# cwe: CWE-416
# vulnerable: false
# twin: cwe416-r3-result-array-v
# tags: numpy, ctypes
# explanation: The numpy view is copied into Python-owned memory before the native buffer is freed, so the returned array no longer refers to the released allocation.
# ---
import ctypes

import numpy as np


def detect(lib, image: np.ndarray) -> np.ndarray:
    n = ctypes.c_size_t()
    ptr = lib.detect_boxes(image.ctypes.data, image.shape[0], image.shape[1], ctypes.byref(n))
    try:
        boxes = np.ctypeslib.as_array(ctypes.cast(ptr, ctypes.POINTER(ctypes.c_float)), shape=(n.value, 4)).copy()
        return boxes
    finally:
        lib.boxes_free(ptr)
