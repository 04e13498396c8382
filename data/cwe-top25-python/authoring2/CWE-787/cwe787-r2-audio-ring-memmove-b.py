# ---
# id: cwe787-r2-audio-ring-memmove-b
# cwe: CWE-787
# vulnerable: false
# twin: none
# tags: ctypes, threading, audio
# explanation: A capture ring buffer for an audio pipeline copies incoming PCM blocks into a ctypes buffer with ctypes.memmove. Each write is clamped to the free space and split into at most two copies at the wrap point, both with lengths computed from the capacity, so the copies never reach past the end of the ctypes buffer.
# ---
"""Lock-protected PCM ring buffer shared by the capture and encoder threads."""

import ctypes
import logging
import threading

log = logging.getLogger("audio.ring")


class PcmRing:
    def __init__(self, capacity: int) -> None:
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self._buf = ctypes.create_string_buffer(capacity)
        self._base = ctypes.addressof(self._buf)
        self._head = 0
        self._size = 0
        self._lock = threading.Lock()
        self.dropped = 0

    def write(self, block: bytes) -> int:
        with self._lock:
            free = self.capacity - self._size
            n = min(len(block), free)
            if n < len(block):
                self.dropped += len(block) - n
            tail = (self._head + self._size) % self.capacity
            first = min(n, self.capacity - tail)
            ctypes.memmove(self._base + tail, block, first)
            if n > first:
                ctypes.memmove(self._base, block[first:n], n - first)
            self._size += n
            return n

    def read(self, max_bytes: int) -> bytes:
        with self._lock:
            n = min(max_bytes, self._size)
            first = min(n, self.capacity - self._head)
            out = ctypes.string_at(self._base + self._head, first)
            if n > first:
                out += ctypes.string_at(self._base, n - first)
            self._head = (self._head + n) % self.capacity
            self._size -= n
            return out

    def __len__(self) -> int:
        with self._lock:
            return self._size


def pump(ring: PcmRing, stream, block_bytes: int, stop: threading.Event) -> None:
    while not stop.is_set():
        block = stream.read(block_bytes)
        if not block:
            break
        ring.write(block)
    if ring.dropped:
        log.warning("dropped %d bytes of audio", ring.dropped)
