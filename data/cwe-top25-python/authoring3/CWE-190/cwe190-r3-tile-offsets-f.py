# ---
# id: cwe190-r3-tile-offsets-f
# cwe: CWE-190
# vulnerable: false
# twin: cwe190-r3-tile-offsets-v
# tags: numpy
# explanation: The cumulative offsets are computed in int64; the 32-bit unsigned lengths cannot make the running sum wrap for any realistic index, so the check against the data length sees the true end offset before any tile reaches the decoder.
# ---
import numpy as np


def split_tiles(index: bytes, data: bytes, decoder):
    lengths = np.frombuffer(index, dtype="<u4")
    ends = np.cumsum(lengths, dtype=np.int64)
    if ends.size and ends[-1] > len(data):
        raise ValueError("truncated tile data")
    starts = np.concatenate(([0], ends[:-1]))
    view = memoryview(data)
    return [decoder.decode(view[s:e], int(e - s)) for s, e in zip(starts, ends)]
