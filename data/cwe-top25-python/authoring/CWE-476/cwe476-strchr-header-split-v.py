# ---
# id: cwe476-strchr-header-split-v
# cwe: CWE-476
# vulnerable: true
# twin: cwe476-strchr-header-split-f
# tags: ctypes, libc
# explanation: A proxy's fast path splits raw header lines with libc strchr to find the colon. strchr returns NULL when the line has no colon, and the code computes value_ptr = hit + 1 and reads it with string_at, dereferencing address 1 and crashing the proxy on any malformed header from a client.
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
    name = line[: (hit or base) - base]
    value = ctypes.string_at(hit + 1).strip()  #@vuln
    return name.strip().lower(), value


def parse_headers(raw: bytes) -> dict:
    headers = {}
    for line in raw.split(b"\r\n"):
        if line:
            name, value = split_header(line)
            headers[name] = value
    return headers
