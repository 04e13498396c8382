# ---
# id: cwe125-r3-label-at-v
# cwe: CWE-125
# vulnerable: true
# twin: none
# tags: ctypes
# explanation: The label offset comes from the packet and string_at is called without a size, so it reads until it finds a NUL byte. The buffer is created with exactly len(packet) bytes (no terminator), so an unterminated label or an offset past the end makes the read continue into adjacent memory.
# ---
import ctypes


def packet_label(packet: bytes) -> str:
    label_off = packet[0]
    buf = ctypes.create_string_buffer(packet, len(packet))
    raw = ctypes.string_at(ctypes.addressof(buf) + label_off)  #@vuln
    return raw.decode("latin-1")
