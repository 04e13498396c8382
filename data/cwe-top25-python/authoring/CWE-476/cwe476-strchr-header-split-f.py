# ---
# id: cwe476-strchr-header-split-f
# cwe: CWE-476
# vulnerable: false
# twin: cwe476-strchr-header-split-v
# tags: ctypes, libc
# explanation: split_header() now raises ValueError when strchr returns NULL, so a header line without a colon is rejected instead of reading through a pointer derived from NULL.
# ---
import ctypes
import ctypes.util

libc = ctypes.CDLL(ctypes.util.find_library("c"))
libc.strchr.restype = ctypes.c_void_p
libc.strchr.argtypes = [ctypes.c_char_p, ctypes.c_int]


def split_header(line: bytes):
    buf = ctypes.create_string_buffer(line)
    base = ctypes.addressof(buf)
    hit = libc.strchr(buf, ord(":"))
    if not hit:
        raise ValueError("header line without a colon")
    name = line[: hit - base]
    value = ctypes.string_at(hit + 1).strip()
    return name.strip().lower(), value


def parse_headers(raw: bytes) -> dict:
    headers = {}
    for line in raw.split(b"\r\n"):
        if line:
            name, value = split_header(line)
            headers[name] = value
    return headers
