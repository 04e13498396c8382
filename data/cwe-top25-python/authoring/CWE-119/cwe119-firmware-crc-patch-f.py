# ---
# id: cwe119-firmware-crc-patch-f
# cwe: CWE-119
# vulnerable: false
# twin: cwe119-firmware-crc-patch-v
# tags: ctypes, mmap, struct
# explanation: restamp() now refuses images whose header length is larger than the mapped file, so the C routine is never told to process more bytes than the mapping holds.
# ---
import ctypes
import mmap
import struct

fw = ctypes.CDLL("libfwtool.so")
fw.crc_blocks_update.argtypes = [ctypes.c_void_p, ctypes.c_size_t]
fw.crc_blocks_update.restype = ctypes.c_int
IMG_HDR = struct.Struct("<4sII")


def restamp(path: str) -> int:
    with open(path, "r+b") as fh, mmap.mmap(fh.fileno(), 0) as mm:
        magic, version, image_len = IMG_HDR.unpack_from(mm, 0)
        if magic != b"FWIM":
            raise ValueError("not a firmware image")
        if image_len > len(mm):
            raise ValueError(f"header length {image_len} exceeds file size {len(mm)}")
        view = (ctypes.c_char * len(mm)).from_buffer(mm)
        try:
            rc = fw.crc_blocks_update(ctypes.addressof(view), image_len)
        finally:
            del view
        mm.flush()
    return rc
