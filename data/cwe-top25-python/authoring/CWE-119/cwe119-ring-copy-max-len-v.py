# ---
# id: cwe119-ring-copy-max-len-v
# cwe: CWE-119
# vulnerable: true
# twin: cwe119-ring-copy-max-len-f
# tags: ctypes
# explanation: A capture tool moves packets from a driver-owned receive slot into a staging buffer with memmove. It copies max(src_len, dst_len) bytes, confusing the two lengths, so depending on which is larger it either reads past the receive slot or writes past the staging buffer.
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
        n = max(length, ctypes.sizeof(stage))
        ctypes.memmove(stage, slot.data, n)  #@vuln
        nic.ring_release(slot_ptr)
        handle_packet(stage.raw[:length])


def run(handle_packet):
    stage = ctypes.create_string_buffer(STAGE_SIZE)
    while True:
        drain(stage, handle_packet)
