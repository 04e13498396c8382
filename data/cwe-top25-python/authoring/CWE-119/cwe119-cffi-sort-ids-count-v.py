# ---
# id: cwe119-cffi-sort-ids-count-v
# cwe: CWE-119
# vulnerable: true
# twin: cwe119-cffi-sort-ids-count-f
# tags: cffi, struct
# explanation: A dedup tool sorts the record ids of an uploaded batch in place with a C radix sort through cffi. The element count passed to the sort is the one stored in the batch header, while the buffer holds however many ids were actually sent, so a lying header makes the sort read and write memory outside the buffer.
# ---
import struct

from cffi import FFI

ffi = FFI()
ffi.cdef("void radix_sort_u32(uint32_t *ids, size_t count);")
rs = ffi.dlopen("libradix.so")
BATCH_HDR = struct.Struct("<4sI")


def sorted_ids(batch: bytes) -> bytearray:
    magic, count = BATCH_HDR.unpack_from(batch)
    if magic != b"IDS1":
        raise ValueError("bad batch")
    ids = bytearray(batch[BATCH_HDR.size :])
    ids = ids[: len(ids) - len(ids) % 4]
    rs.radix_sort_u32(ffi.from_buffer("uint32_t[]", ids), count)  #@vuln
    return ids


def duplicates(batch: bytes) -> set:
    ids = memoryview(sorted_ids(batch)).cast("I")
    return {ids[i] for i in range(1, len(ids)) if ids[i] == ids[i - 1]}
