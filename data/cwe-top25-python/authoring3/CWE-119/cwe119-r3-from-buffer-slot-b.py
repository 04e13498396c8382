# ---
# id: cwe119-r3-from-buffer-slot-b
# cwe: CWE-119
# vulnerable: false
# twin: none
# tags: ctypes
# explanation: Slots of a shared bytearray are accessed through ctypes from_buffer with an offset; from_buffer raises ValueError when the structure would not fit in the buffer at that offset, and the slot number is range-checked, so writes stay within the slot table.
# ---
import ctypes


class Slot(ctypes.Structure):
    _fields_ = [("owner", ctypes.c_uint32), ("state", ctypes.c_uint8), ("payload", ctypes.c_char * 123)]


class SlotTable:
    def __init__(self, n_slots: int):
        self.n_slots = n_slots
        self.raw = bytearray(ctypes.sizeof(Slot) * n_slots)

    def claim(self, index: int, owner: int) -> Slot:
        if not 0 <= index < self.n_slots:
            raise IndexError(index)
        slot = Slot.from_buffer(self.raw, index * ctypes.sizeof(Slot))
        slot.owner, slot.state = owner, 1
        return slot
