# ---
# id: cwe125-delimiter-scan-from-address-f
# cwe: CWE-125
# vulnerable: false
# twin: cwe125-delimiter-scan-from-address-v
# tags: ctypes
# explanation: The scan is now bounded by avail.value, the number of bytes the ring reports as filled; if no newline is found within that region the function waits for more data instead of reading beyond it.
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
    while i < avail.value and ctypes.c_char.from_address(addr + i).value != b"\n":
        i += 1
    if i == avail.value:
        return None
    line = ctypes.string_at(addr, i)
    ring.ring_consume(i + 1)
    return line.decode("utf-8", "replace")


def tail(handle_line):
    while (line := next_line()) is not None:
        handle_line(line)
