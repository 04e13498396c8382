# ---
# id: cwe119-firmware-crc-patch-v
# cwe: CWE-119
# vulnerable: true
# twin: cwe119-firmware-crc-patch-f
# tags: ctypes, mmap, struct
# explanation: A firmware tool maps an image and calls a C routine that recomputes and rewrites the CRC blocks over image_len bytes. image_len is taken from the image header rather than from the mapped size, so a header claiming a larger image makes the routine read and write beyond the mapping.
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
        view = (ctypes.c_char * len(mm)).from_buffer(mm)
        try:
            rc = fw.crc_blocks_update(ctypes.addressof(view), image_len)  #@vuln
        finally:
            del view
        mm.flush()
    return rc
