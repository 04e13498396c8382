# ---
# id: cwe476-codec-registry-vtable-v
# cwe: CWE-476
# vulnerable: true
# twin: cwe476-codec-registry-vtable-f
# tags: ctypes
# explanation: A media transcoder looks up codecs by the name given in the job file through a C registry that returns NULL for unknown names. The code indexes the returned pointer (vt[0]) to reach the function table without checking it, so a job naming an unknown codec dereferences NULL and crashes the worker.
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
    table = vt[0]  #@vuln
    ctx = table.open(int(job.get("width", 1280)), int(job.get("height", 720)))
    return table, ctx


def transcode(job: dict, frames):
    table, ctx = open_codec(job)
    try:
        for frame in frames:
            yield frame
    finally:
        table.close(ctx)
