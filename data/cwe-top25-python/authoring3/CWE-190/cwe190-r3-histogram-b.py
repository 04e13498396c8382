# ---
# id: cwe190-r3-histogram-b
# cwe: CWE-190
# vulnerable: false
# twin: none
# tags: numpy
# explanation: Per-bucket counts are accumulated in int64 from an array whose values were already limited to 0..255 and whose length is capped, so the sums cannot wrap; the result only feeds a report.
# ---
import numpy as np

MAX_SAMPLES = 10_000_000


def byte_histogram(samples: np.ndarray) -> np.ndarray:
    if samples.size > MAX_SAMPLES:
        raise ValueError("too many samples")
    values = samples.astype(np.int64, copy=False)
    if values.size and (values.min() < 0 or values.max() > 255):
        raise ValueError("sample out of range")
    return np.bincount(values, minlength=256).astype(np.int64)
