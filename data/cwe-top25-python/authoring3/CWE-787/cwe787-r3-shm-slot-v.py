# ---
# id: cwe787-r3-shm-slot-v
# cwe: CWE-787
# vulnerable: true
# twin: none
# tags: ctypes, multiprocessing
# explanation: publish writes a worker result into a fixed-size slot of a shared-memory region by building a ctypes array over the slot's address. The array is sized by the payload rather than SLOT_SIZE, so a result larger than a slot (or a slot number past the end) writes over neighbouring slots and beyond the shared segment.
# ---
import ctypes
from multiprocessing import shared_memory

SLOT_SIZE = 4096


def publish(shm: shared_memory.SharedMemory, slot: int, payload: bytes) -> None:
    base = ctypes.addressof(ctypes.c_char.from_buffer(shm.buf))
    dst = (ctypes.c_ubyte * len(payload)).from_address(base + slot * SLOT_SIZE)  #@vuln
    dst[:] = payload
