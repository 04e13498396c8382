# ---
# id: cwe119-r3-struct-view-b
# cwe: CWE-119
# vulnerable: false
# twin: none
# tags: ctypes
# explanation: The native registers are exposed as a memoryview of a ctypes structure the program owns; the view's size is the structure's size, so callers writing through it are limited to that structure.
# ---
import ctypes


class Registers(ctypes.Structure):
    _fields_ = [("ctrl", ctypes.c_uint32), ("status", ctypes.c_uint32), ("data", ctypes.c_uint8 * 56)]


class Device:
    def __init__(self, lib):
        self._lib = lib
        self.regs = Registers()

    def registers_view(self) -> memoryview:
        return memoryview(self.regs).cast("B")

    def sync(self) -> None:
        self._lib.dev_write_regs(ctypes.byref(self.regs), ctypes.sizeof(self.regs))
