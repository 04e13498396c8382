# ---
# id: cwe119-r3-two-call-size-b
# cwe: CWE-119
# vulnerable: false
# twin: none
# tags: ctypes
# explanation: The usual two-call pattern: the library is first asked how many bytes it needs, the buffer is allocated with that size, and the second call receives sizeof(buf) as its limit, so the native write cannot exceed the allocation.
# ---
import ctypes


def device_serial(lib, handle) -> str:
    needed = ctypes.c_size_t(0)
    lib.dev_get_serial(handle, None, ctypes.byref(needed))
    buf = ctypes.create_string_buffer(needed.value + 1)
    size = ctypes.c_size_t(ctypes.sizeof(buf))
    rc = lib.dev_get_serial(handle, buf, ctypes.byref(size))
    if rc != 0:
        raise OSError(rc, "dev_get_serial failed")
    return buf.value.decode("ascii")
