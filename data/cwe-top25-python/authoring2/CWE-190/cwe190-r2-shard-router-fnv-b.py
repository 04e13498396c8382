# ---
# id: cwe190-r2-shard-router-fnv-b
# cwe: CWE-190
# vulnerable: false
# twin: none
# tags: ctypes, numpy, hashing
# explanation: A sharding helper computes FNV-1a and a jump consistent hash with ctypes and numpy unsigned integers whose wraparound is the intended modular arithmetic of those algorithms. The wrapped values are only used to pick a shard index that is then reduced modulo the shard count; they never size a buffer or guard an access, so the wraparound is correct behaviour.
# ---
"""Key-to-shard routing for the session store."""

from __future__ import annotations

import ctypes
import logging
from dataclasses import dataclass, field
from typing import Sequence

import numpy as np

log = logging.getLogger(__name__)

FNV_OFFSET = 0x811C9DC5
FNV_PRIME = 0x01000193


def fnv1a_32(data: bytes) -> int:
    h = ctypes.c_uint32(FNV_OFFSET)
    for byte in data:
        h.value ^= byte
        h.value = h.value * FNV_PRIME
    return h.value


def jump_hash(key: int, buckets: int) -> int:
    """Lamping & Veach jump consistent hash."""
    k = np.uint64(key)
    b, j = -1, 0
    with np.errstate(over="ignore"):
        while j < buckets:
            b = j
            k = k * np.uint64(2862933555777941757) + np.uint64(1)
            j = int((b + 1) * (float(1 << 31) / float((k >> np.uint64(33)) + np.uint64(1))))
    return b


@dataclass
class ShardRouter:
    shards: Sequence[str]
    pinned: dict[str, str] = field(default_factory=dict)

    def shard_for(self, key: str) -> str:
        if key in self.pinned:
            return self.pinned[key]
        digest = fnv1a_32(key.encode("utf-8"))
        index = jump_hash(digest, len(self.shards))
        return self.shards[index % len(self.shards)]

    def spread(self, keys: Sequence[str]) -> dict[str, int]:
        counts = {name: 0 for name in self.shards}
        for key in keys:
            counts[self.shard_for(key)] += 1
        log.debug("spread over %d shards: %s", len(self.shards), counts)
        return counts


if __name__ == "__main__":
    router = ShardRouter(["redis-a:6379", "redis-b:6379", "redis-c:6379"])
    print(router.spread([f"session:{i}" for i in range(10000)]))
