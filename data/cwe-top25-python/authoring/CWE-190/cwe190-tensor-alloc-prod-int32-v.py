# ---
# id: cwe190-tensor-alloc-prod-int32-v
# cwe: CWE-190
# vulnerable: true
# twin: cwe190-tensor-alloc-prod-int32-f
# tags: numpy, ctypes
# explanation: A model-serving runtime computes the element count of an input tensor with np.prod(shape, dtype=np.int32) from the shape in the client's request and allocates a C buffer of that many floats. A shape like [65536, 65536, 2] wraps the product to 0 or a small number, and the C loader then writes the full tensor into the tiny buffer.
# ---
import ctypes

import numpy as np

rt = ctypes.CDLL("libinferrt.so")
rt.tensor_load.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_int64), ctypes.c_int]


def load_input(payload: bytes, shape: list):
    elements = int(np.prod(shape, dtype=np.int32))  #@vuln
    if elements <= 0:
        raise ValueError("empty tensor")
    buf = (ctypes.c_float * elements)()
    dims = (ctypes.c_int64 * len(shape))(*shape)
    rc = rt.tensor_load(buf, payload, len(payload), dims, len(shape))
    if rc != 0:
        raise ValueError(f"tensor_load failed: {rc}")
    return buf


def handle_infer(req: dict, model):
    tensor = load_input(bytes.fromhex(req["data"]), [int(d) for d in req["shape"]])
    return model.run(tensor)
