# ---
# id: cwe119-cffi-sort-ids-count-f
# cwe: CWE-119
# vulnerable: false
# twin: cwe119-cffi-sort-ids-count-v
# tags: cffi, struct
# explanation: The sort is now given len(ids) // 4, the number of ids actually in the buffer; the header count is only compared with it, so the C routine cannot run past the buffer.
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
    if count != len(ids) // 4:
        raise ValueError("batch header count does not match its contents")
    rs.radix_sort_u32(ffi.from_buffer("uint32_t[]", ids), len(ids) // 4)
    return ids


def duplicates(batch: bytes) -> set:
    ids = memoryview(sorted_ids(batch)).cast("I")
    return {ids[i] for i in range(1, len(ids)) if ids[i] == ids[i - 1]}
