# ---
# id: cwe190-r3-tile-offsets-v
# cwe: CWE-190
# vulnerable: true
# twin: cwe190-r3-tile-offsets-f
# tags: numpy
# explanation: Tile lengths are read from the file's index and accumulated with numpy cumsum in int32. Large lengths wrap the running offset to a negative or small value, so the bounds check against the data length passes and the tiles are sliced from wrong, attacker-chosen offsets that the native decoder then trusts.
# ---
import numpy as np


def split_tiles(index: bytes, data: bytes, decoder):
    lengths = np.frombuffer(index, dtype="<u4")
    ends = np.cumsum(lengths, dtype=np.int32)  #@vuln
    if ends.size and ends[-1] > len(data):
        raise ValueError("truncated tile data")
    starts = np.concatenate(([0], ends[:-1]))
    view = memoryview(data)
    return [decoder.decode(view[s:e], int(e - s)) for s, e in zip(starts, ends)]
