# ---
# id: cwe190-r3-fnv-hash-b
# cwe: CWE-190
# vulnerable: false
# twin: none
# tags: stdlib
# explanation: FNV-1a deliberately keeps the hash in 32 bits by masking after each multiply; the masked value is only used as a bucket key modulo the table size, never as a length, offset or allocation size, so the wraparound is intended and harmless.
# ---
FNV_OFFSET = 0x811C9DC5
FNV_PRIME = 0x01000193


def fnv1a_32(data: bytes) -> int:
    h = FNV_OFFSET
    for byte in data:
        h ^= byte
        h = (h * FNV_PRIME) & 0xFFFFFFFF
    return h


def bucket_for(key: str, buckets: int) -> int:
    return fnv1a_32(key.encode("utf-8")) % buckets
