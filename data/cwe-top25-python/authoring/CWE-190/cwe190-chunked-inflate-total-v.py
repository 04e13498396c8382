# ---
# id: cwe190-chunked-inflate-total-v
# cwe: CWE-190
# vulnerable: true
# twin: cwe190-chunked-inflate-total-f
# tags: numpy, zlib, struct
# explanation: A package-mirror tool enforces a 1 GiB limit on the declared uncompressed sizes of chunks in an archive by summing them in a numpy uint32 accumulator. Declared sizes can be chosen so the sum wraps past 4 GiB to a small number, the limit check passes, and the extractor then inflates gigabytes (each chunk is held to its declared size, but the declared sizes themselves add up to far more than the limit).
# ---
import struct
import zlib

import numpy as np

CHUNK = struct.Struct("<II")
LIMIT = 1 << 30


def declared_total(index: bytes) -> int:
    total = np.uint32(0)
    for off in range(0, len(index), CHUNK.size):
        comp_len, raw_len = CHUNK.unpack_from(index, off)
        total += np.uint32(raw_len)  #@vuln
    return int(total)


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
