# ---
# id: cwe190-fnv-hash-uint32-b
# cwe: CWE-190
# vulnerable: false
# twin: none
# tags: numpy, ctypes
# explanation: A cache-sharding helper computes FNV-1a hashes with 32-bit wrapping multiplication (masking with 0xFFFFFFFF, and a ctypes c_uint32 variant for parity with the C client). Wraparound is the intended behaviour of the hash and the result only picks a shard via modulo, never a size, index into unchecked memory or a security decision.
# ---
"""Consistent shard selection for the cache cluster."""

import ctypes

FNV_OFFSET = 0x811C9DC5
FNV_PRIME = 0x01000193


def fnv1a_32(data: bytes) -> int:
    h = FNV_OFFSET
    for byte in data:
        h ^= byte
        h = (h * FNV_PRIME) & 0xFFFFFFFF
    return h


def fnv1a_32_ctypes(data: bytes) -> int:
    h = ctypes.c_uint32(FNV_OFFSET)
    for byte in data:
        h.value ^= byte
        h.value *= FNV_PRIME
    return h.value


def shard_for(key: str, shards: list) -> str:
    if not shards:
        raise ValueError("no shards configured")
    return shards[fnv1a_32(key.encode("utf-8")) % len(shards)]
