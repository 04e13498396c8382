# ---
# id: cwe416-putenv-temp-bytes-v
# cwe: CWE-416
# vulnerable: true
# twin: cwe416-putenv-temp-bytes-f
# tags: ctypes, libc
# explanation: A scheduler sets the timezone for a C reporting library with libc putenv. putenv does not copy its argument, it stores the pointer in environ; the argument here is a temporary bytes object that Python frees right after the call, so environ is left pointing at freed memory that getenv and tzset read later.
# ---
import ctypes
import ctypes.util

libc = ctypes.CDLL(ctypes.util.find_library("c"))
libc.putenv.argtypes = [ctypes.c_char_p]
libc.tzset.restype = None
reports = ctypes.CDLL("libreportgen.so")


def use_timezone(tz_name: str) -> None:
    libc.putenv(f"TZ={tz_name}".encode("ascii"))  #@vuln
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
