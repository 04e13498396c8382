# ---
# id: cwe787-locale-strcpy-sized-b
# cwe: CWE-787
# vulnerable: false
# twin: none
# tags: ctypes, libc, os
# explanation: A plugin host passes the configured locale to a C library via a buffer created with create_string_buffer(len(raw) + 1) and libc strcpy. The destination is sized from the very string being copied plus its terminator, so strcpy cannot write past it regardless of the environment's value.
# ---
import ctypes
import ctypes.util
import os

libc = ctypes.CDLL(ctypes.util.find_library("c"))
libc.strcpy.restype = ctypes.c_char_p
plugin = ctypes.CDLL("libtextshape.so")
plugin.shape_init.argtypes = [ctypes.c_char_p]


def init_shaper():
    raw = os.environ.get("SHAPER_LOCALE", "en_US.UTF-8").encode("ascii", "ignore")
    raw = raw.replace(b"\0", b"")
    locale_buf = ctypes.create_string_buffer(len(raw) + 1)
    libc.strcpy(locale_buf, raw)
    rc = plugin.shape_init(locale_buf)
    if rc != 0:
        raise RuntimeError(f"shape_init({raw!r}) returned {rc}")
    return locale_buf
