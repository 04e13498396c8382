# ---
# id: cwe190-errstate-raise-totals-b
# cwe: CWE-190
# vulnerable: false
# twin: none
# tags: numpy
# explanation: A telemetry roll-up sums per-minute byte counters stored as uint32 after widening them to uint64, where the sum of 60 values below 2**32 cannot come near the limit, and it checks the totals against np.iinfo(np.uint32) before narrowing them for the wire format, raising instead of silently wrapping.
# ---
import numpy as np


def hourly_totals(per_minute: np.ndarray) -> np.ndarray:
    if per_minute.ndim != 1 or per_minute.size % 60:
        raise ValueError("expected whole hours of per-minute counters")
    with np.errstate(over="raise"):
        wide = per_minute.astype(np.uint64).reshape(-1, 60)
        totals = wide.sum(axis=1, dtype=np.uint64)
    return totals


def to_wire(totals: np.ndarray) -> bytes:
    if totals.size and int(totals.max()) > np.iinfo(np.uint32).max:
        raise OverflowError("hourly total does not fit the 32-bit wire field")
    return totals.astype("<u4").tobytes()
