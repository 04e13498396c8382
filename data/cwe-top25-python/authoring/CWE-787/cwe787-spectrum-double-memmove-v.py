# ---
# id: cwe787-spectrum-double-memmove-v
# cwe: CWE-787
# vulnerable: true
# twin: none
# tags: ctypes
# explanation: Spectra computed in Python are copied into a c_float array owned by a C plotting library. The byte count passed to memmove is len(values) * sizeof(c_double) while the destination holds c_float elements, so the copy writes twice as many bytes as the array holds (and the source list is packed as doubles to match), running past the destination.
# ---
import ctypes
from array import array

plot = ctypes.CDLL("libscope.so")
plot.scope_trace_buffer.restype = ctypes.POINTER(ctypes.c_float)
plot.scope_trace_buffer.argtypes = [ctypes.c_int, ctypes.c_size_t]


def upload_trace(channel: int, values: list) -> None:
    n = len(values)
    dest = plot.scope_trace_buffer(channel, n)
    if not dest:
        raise RuntimeError(f"no trace buffer for channel {channel}")
    packed = array("d", values)
    addr, _ = packed.buffer_info()
    ctypes.memmove(dest, addr, n * ctypes.sizeof(ctypes.c_double))  #@vuln
    plot.scope_redraw(channel)


def upload_all(spectra: dict) -> None:
    for channel, values in sorted(spectra.items()):
        upload_trace(channel, values)
