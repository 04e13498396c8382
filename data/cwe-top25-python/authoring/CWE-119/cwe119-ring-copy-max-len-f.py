# ---
# id: cwe119-ring-copy-max-len-f
# cwe: CWE-119
# vulnerable: false
# twin: cwe119-ring-copy-max-len-v
# tags: ctypes
# explanation: The copy length is now min(slot length, staging size), so memmove neither reads past the driver's receive slot nor writes past the staging buffer; oversized packets are truncated to the staging size.
# ---
import ctypes

nic = ctypes.CDLL("libnicring.so")


class Slot(ctypes.Structure):
    _fields_ = [("data", ctypes.c_void_p), ("len", ctypes.c_uint32), ("flags", ctypes.c_uint32)]


nic.ring_next.restype = ctypes.POINTER(Slot)
nic.ring_release.argtypes = [ctypes.POINTER(Slot)]
STAGE_SIZE = 2048


def drain(stage, handle_packet, budget=64):
    for _ in range(budget):
        slot_ptr = nic.ring_next()
        if not slot_ptr:
            break
        slot = slot_ptr.contents
        length = slot.len
        n = min(length, ctypes.sizeof(stage))
        ctypes.memmove(stage, slot.data, n)
        nic.ring_release(slot_ptr)
        handle_packet(stage.raw[:n])


def run(handle_packet):
    stage = ctypes.create_string_buffer(STAGE_SIZE)
    while True:
        drain(stage, handle_packet)
