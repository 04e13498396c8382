# ---
# id: cwe787-r3-hostname-buf-b
# cwe: CWE-787
# vulnerable: false
# twin: none
# tags: ctypes
# explanation: The C function receives the buffer together with its real size from ctypes.sizeof, and gethostname writes at most that many bytes, so the native write stays inside the allocation.
# ---
import ctypes
import ctypes.util

_libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)


def native_hostname() -> str:
    buf = ctypes.create_string_buffer(256)
    if _libc.gethostname(buf, ctypes.sizeof(buf)) != 0:
        err = ctypes.get_errno()
        raise OSError(err, "gethostname failed")
    return buf.value.decode("ascii", "replace")
