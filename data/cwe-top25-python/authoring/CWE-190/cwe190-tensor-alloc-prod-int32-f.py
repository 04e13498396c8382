# ---
# id: cwe190-tensor-alloc-prod-int32-f
# cwe: CWE-190
# vulnerable: false
# twin: cwe190-tensor-alloc-prod-int32-v
# tags: numpy, ctypes
# explanation: The element count is now computed with Python ints (math.prod), which cannot wrap, and shapes with non-positive dimensions or more than 64 million elements are rejected before the buffer is allocated.
# ---
import ctypes
import math

import numpy as np

rt = ctypes.CDLL("libinferrt.so")
rt.tensor_load.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_int64), ctypes.c_int]


def load_input(payload: bytes, shape: list):
    if not shape or any(d <= 0 for d in shape):
        raise ValueError("dimensions must be positive")
    elements = math.prod(shape)
    if elements > 64_000_000:
        raise ValueError("tensor too large")
    buf = (ctypes.c_float * elements)()
    dims = (ctypes.c_int64 * len(shape))(*shape)
    rc = rt.tensor_load(buf, payload, len(payload), dims, len(shape))
    if rc != 0:
        raise ValueError(f"tensor_load failed: {rc}")
    return buf


def handle_infer(req: dict, model):
    tensor = load_input(bytes.fromhex(req["data"]), [int(d) for d in req["shape"]])
    return model.run(tensor)
