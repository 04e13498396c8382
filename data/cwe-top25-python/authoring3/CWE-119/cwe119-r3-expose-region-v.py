# ---
# id: cwe119-r3-expose-region-v
# cwe: CWE-119
# vulnerable: true
# twin: cwe119-r3-expose-region-f
# tags: ctypes
# explanation: region_view wraps native device memory in a writable Python memoryview with PyMemoryView_FromMemory. The size comes from the plugin's request, not from the region the driver mapped, so the plugin gets a view that reaches beyond the region and can read or modify unrelated memory.
# ---
import ctypes

_from_memory = ctypes.pythonapi.PyMemoryView_FromMemory
_from_memory.restype = ctypes.py_object
_from_memory.argtypes = (ctypes.c_void_p, ctypes.c_ssize_t, ctypes.c_int)
PyBUF_WRITE = 0x200


def region_view(dev, offset: int, size: int) -> memoryview:
    addr = dev.base_address + offset
    return _from_memory(addr, size, PyBUF_WRITE)  #@vuln
