# ---
# id: cwe416-string-copy-then-free-b
# cwe: CWE-416
# vulnerable: false
# twin: none
# tags: ctypes
# explanation: A password-strength helper calls a C library that returns a malloc'd report string. The code copies it into Python bytes with string_at first and frees the C string afterwards in a finally block, never touching the pointer after the free.
# ---
import ctypes

zx = ctypes.CDLL("libzxcheck.so")
zx.zx_report.restype = ctypes.c_void_p
zx.zx_report.argtypes = [ctypes.c_char_p]
zx.zx_free.argtypes = [ctypes.c_void_p]


def strength_report(candidate: str) -> str:
    ptr = zx.zx_report(candidate.encode("utf-8"))
    if not ptr:
        return ""
    try:
        text = ctypes.string_at(ptr)
    finally:
        zx.zx_free(ptr)
    return text.decode("utf-8", "replace")


def score(candidate: str) -> int:
    for line in strength_report(candidate).splitlines():
        if line.startswith("score="):
            return int(line.split("=", 1)[1])
    return 0
