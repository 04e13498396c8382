# ---
# id: cwe416-putenv-temp-bytes-f
# cwe: CWE-416
# vulnerable: false
# twin: cwe416-putenv-temp-bytes-v
# tags: ctypes, libc
# explanation: The timezone is now set with libc setenv, which copies the name and value into memory owned by the C runtime, so no pointer to a temporary Python bytes object is left in environ.
# ---
import ctypes
import ctypes.util

libc = ctypes.CDLL(ctypes.util.find_library("c"))
libc.setenv.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_int]
libc.tzset.restype = None
reports = ctypes.CDLL("libreportgen.so")


def use_timezone(tz_name: str) -> None:
    libc.setenv(b"TZ", tz_name.encode("ascii"), 1)
    libc.tzset()


def render_daily(tenant) -> bytes:
    use_timezone(tenant.timezone)
    out = ctypes.c_void_p()
    size = ctypes.c_size_t()
    if reports.render_daily(tenant.id, ctypes.byref(out), ctypes.byref(size)) != 0:
        raise RuntimeError("render_daily failed")
    try:
        return ctypes.string_at(out, size.value)
    finally:
        reports.report_free(out)
