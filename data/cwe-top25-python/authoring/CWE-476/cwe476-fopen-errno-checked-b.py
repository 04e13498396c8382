# ---
# id: cwe476-fopen-errno-checked-b
# cwe: CWE-476
# vulnerable: false
# twin: none
# tags: ctypes, libc
# explanation: A sysfs poller opens battery files with libc fopen through ctypes (use_errno=True); when fopen returns NULL it raises OSError with the captured errno instead of passing the NULL FILE* on, and fgets is only called with a valid stream.
# ---
import ctypes
import ctypes.util
import os

libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
libc.fopen.restype = ctypes.c_void_p
libc.fopen.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
libc.fgets.restype = ctypes.c_char_p
libc.fgets.argtypes = [ctypes.c_char_p, ctypes.c_int, ctypes.c_void_p]
libc.fclose.argtypes = [ctypes.c_void_p]


def read_sysfs(path: str) -> str:
    fp = libc.fopen(path.encode(), b"r")
    if not fp:
        err = ctypes.get_errno()
        raise OSError(err, os.strerror(err), path)
    try:
        buf = ctypes.create_string_buffer(128)
        line = libc.fgets(buf, len(buf), fp)
        return (line or b"").decode().strip()
    finally:
        libc.fclose(fp)


def battery_percent(name: str = "BAT0") -> int:
    return int(read_sysfs(f"/sys/class/power_supply/{name}/capacity"))
