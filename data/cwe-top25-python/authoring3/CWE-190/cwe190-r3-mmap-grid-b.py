# ---
# id: cwe190-r3-mmap-grid-b
# cwe: CWE-190
# vulnerable: false
# twin: none
# tags: numpy, mmap
# explanation: Grid dimensions from the file header are multiplied as Python ints and compared with the mapped file size before numpy.frombuffer views the data, so a wrapped product cannot make the view read past the mapping (numpy also checks count against the buffer).
# ---
import mmap
import struct

import numpy as np


def open_grid(path):
    with open(path, "rb") as fh:
        mm = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    nx, ny = struct.unpack_from("<QQ", mm, 0)
    cells = int(nx) * int(ny)
    if 16 + cells * 4 > len(mm):
        mm.close()
        raise ValueError("grid header does not match file size")
    return np.frombuffer(mm, dtype="<f4", count=cells, offset=16).reshape(ny, nx)
