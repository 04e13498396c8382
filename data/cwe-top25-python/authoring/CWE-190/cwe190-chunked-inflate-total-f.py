# ---
# id: cwe190-chunked-inflate-total-f
# cwe: CWE-190
# vulnerable: false
# twin: cwe190-chunked-inflate-total-v
# tags: numpy, zlib, struct
# explanation: declared_total() now sums the declared sizes with a Python int, which cannot wrap, so the 1 GiB check sees the real total.
# ---
import struct
import zlib

import numpy as np

CHUNK = struct.Struct("<II")
LIMIT = 1 << 30


def declared_total(index: bytes) -> int:
    total = 0
    for off in range(0, len(index), CHUNK.size):
        comp_len, raw_len = CHUNK.unpack_from(index, off)
        total += raw_len
    return total


def extract(index: bytes, body: bytes, out) -> None:
    if declared_total(index) > LIMIT:
        raise ValueError("archive too large")
    pos = 0
    for off in range(0, len(index), CHUNK.size):
        comp_len, raw_len = CHUNK.unpack_from(index, off)
        inflater = zlib.decompressobj()
        data = inflater.decompress(body[pos : pos + comp_len], raw_len)
        if inflater.unconsumed_tail or len(data) != raw_len:
            raise ValueError("chunk does not match its declared size")
        out.write(data)
        pos += comp_len
