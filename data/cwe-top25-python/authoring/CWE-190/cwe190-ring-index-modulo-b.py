# ---
# id: cwe190-ring-index-modulo-b
# cwe: CWE-190
# vulnerable: false
# twin: none
# tags: numpy
# explanation: A sample ring buffer keeps its head and tail counters as Python ints and stores data in a numpy float32 array; indexes are always taken modulo the capacity, and the fill level is computed from the unbounded counters, so nothing wraps unexpectedly and every index is in range.
# ---
import numpy as np


class SampleRing:
    def __init__(self, capacity: int = 4096):
        if not 0 < capacity <= 1 << 24:
            raise ValueError("capacity out of range")
        self.capacity = capacity
        self.data = np.zeros(capacity, dtype=np.float32)
        self.head = 0
        self.tail = 0

    def __len__(self) -> int:
        return self.head - self.tail

    def push(self, values: np.ndarray) -> None:
        for v in np.asarray(values, dtype=np.float32).ravel():
            self.data[self.head % self.capacity] = v
            self.head += 1
            if len(self) > self.capacity:
                self.tail = self.head - self.capacity

    def latest(self, n: int) -> np.ndarray:
        n = max(0, min(n, len(self)))
        idx = (np.arange(self.head - n, self.head) % self.capacity).astype(np.int64)
        return self.data[idx]
