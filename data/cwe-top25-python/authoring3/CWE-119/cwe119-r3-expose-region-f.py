# ---
# id: cwe119-r3-expose-region-f
# cwe: CWE-119
# vulnerable: false
# twin: cwe119-r3-expose-region-v
# tags: ctypes
# explanation: The requested window is checked against the size of the region the driver mapped before the memoryview is created, so the view cannot extend past device memory.
# ---
import ctypes

_from_memory = ctypes.pythonapi.PyMemoryView_FromMemory
_from_memory.restype = ctypes.py_object
_from_memory.argtypes = (ctypes.c_void_p, ctypes.c_ssize_t, ctypes.c_int)
PyBUF_WRITE = 0x200


def region_view(dev, offset: int, size: int) -> memoryview:
    if offset < 0 or size < 0 or offset + size > dev.region_size:
        raise ValueError("window outside device region")
    addr = dev.base_address + offset
    return _from_memory(addr, size, PyBUF_WRITE)
