# ---
# id: cwe190-r3-chunk-header-v
# cwe: CWE-190
# vulnerable: true
# twin: none
# tags: numpy, ctypes
# explanation: A chunk header received from a peer gives an offset and a length as little-endian unsigned 32-bit values. Their sum is computed on numpy uint32 scalars, which wrap, so a huge length yields a small end that passes the check and the native checksum routine reads beyond the packet buffer.
# ---
import ctypes
import numpy as np


def checksum_chunk(lib, packet: bytes) -> int:
    off, ln = np.frombuffer(packet[:8], dtype="<u4")
    if off < 8 or off + ln > len(packet):  #@vuln
        raise ValueError("bad chunk header")
    buf = ctypes.create_string_buffer(packet, len(packet))
    return lib.crc32_region(buf, ctypes.c_uint32(int(off)), ctypes.c_uint32(int(ln)))
