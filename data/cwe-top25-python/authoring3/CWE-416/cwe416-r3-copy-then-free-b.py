# ---
# id: cwe416-r3-copy-then-free-b
# cwe: CWE-416
# vulnerable: false
# twin: none
# tags: ctypes
# explanation: The error message returned by the native library is copied into a Python bytes object with string_at before the library's buffer is released, so nothing reads the buffer after it is freed.
# ---
import ctypes


def last_error(lib) -> str:
    ptr = lib.db_last_error()
    if not ptr:
        return ""
    try:
        message = ctypes.string_at(ptr)
    finally:
        lib.db_free_string(ptr)
    return message.decode("utf-8", "replace")
