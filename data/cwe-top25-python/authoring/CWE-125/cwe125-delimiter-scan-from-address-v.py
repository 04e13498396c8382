# ---
# id: cwe125-delimiter-scan-from-address-v
# cwe: CWE-125
# vulnerable: true
# twin: cwe125-delimiter-scan-from-address-f
# tags: ctypes
# explanation: A zero-copy log tailer scans a C ring buffer for the next newline by reading one byte at a time with c_char.from_address(addr + i). The loop stops only when it finds a newline, never at the end of the filled region, so a record without a trailing newline makes it read past the buffer.
# ---
import ctypes

ring = ctypes.CDLL("libringlog.so")
ring.ring_peek.restype = ctypes.c_void_p
ring.ring_peek.argtypes = [ctypes.POINTER(ctypes.c_size_t)]
ring.ring_consume.argtypes = [ctypes.c_size_t]


def next_line():
    avail = ctypes.c_size_t()
    addr = ring.ring_peek(ctypes.byref(avail))
    if not addr or avail.value == 0:
        return None
    i = 0
    while ctypes.c_char.from_address(addr + i).value != b"\n":  #@vuln
        i += 1
    line = ctypes.string_at(addr, i)
    ring.ring_consume(i + 1)
    return line.decode("utf-8", "replace")


def tail(handle_line):
    while (line := next_line()) is not None:
        handle_line(line)
