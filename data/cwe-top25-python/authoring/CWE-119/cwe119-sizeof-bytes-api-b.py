# ---
# id: cwe119-sizeof-bytes-api-b
# cwe: CWE-119
# vulnerable: false
# twin: none
# tags: ctypes
# explanation: A motor-controller binding passes a (c_uint16 * 64) register block to a C function whose documented length parameter is in bytes, using ctypes.sizeof(block); unlike APIs that count elements, here a byte count is exactly what the function expects, so its reads and writes stay inside the 128-byte block.
# ---
import ctypes

mc = ctypes.CDLL("libmotorctl.so")
RegBlock = ctypes.c_uint16 * 64
mc.mc_exchange.argtypes = [ctypes.c_int, ctypes.c_void_p, ctypes.c_size_t]
mc.mc_exchange.restype = ctypes.c_int


def exchange(axis: int, registers: list) -> list:
    if len(registers) > len(RegBlock()):
        raise ValueError("at most 64 registers per exchange")
    block = RegBlock(*registers)
    rc = mc.mc_exchange(axis, ctypes.byref(block), ctypes.sizeof(block))
    if rc < 0:
        raise IOError(f"mc_exchange failed on axis {axis}: {rc}")
    return list(block)


def home_all(axes: int = 3) -> None:
    for axis in range(axes):
        exchange(axis, [0x0100, 0, 0, 0])
