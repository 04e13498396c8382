# ---
# id: cwe476-codec-registry-vtable-f
# cwe: CWE-476
# vulnerable: false
# twin: cwe476-codec-registry-vtable-v
# tags: ctypes
# explanation: open_codec() now raises a clear error when codec_lookup returns NULL, so the function table is only read through a valid pointer.
# ---
import ctypes


class CodecVTable(ctypes.Structure):
    _fields_ = [
        ("name", ctypes.c_char_p),
        ("open", ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_int, ctypes.c_int)),
        ("close", ctypes.CFUNCTYPE(None, ctypes.c_void_p)),
    ]


reg = ctypes.CDLL("libcodecreg.so")
reg.codec_lookup.restype = ctypes.POINTER(CodecVTable)
reg.codec_lookup.argtypes = [ctypes.c_char_p]


def open_codec(job: dict):
    vt = reg.codec_lookup(job["codec"].encode())
    if not vt:
        raise ValueError(f"unknown codec {job['codec']!r}")
    table = vt[0]
    ctx = table.open(int(job.get("width", 1280)), int(job.get("height", 720)))
    return table, ctx


def transcode(job: dict, frames):
    table, ctx = open_codec(job)
    try:
        for frame in frames:
            yield frame
    finally:
        table.close(ctx)
