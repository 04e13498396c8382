# ---
# id: cwe190-r2-trace-record-reader-b
# cwe: CWE-190
# vulnerable: false
# twin: none
# tags: struct, numpy, mmap
# explanation: A loader for profiler trace files reads a record count and record size from the file header with struct and checks count*size against the mapped length using Python integers, which cannot wrap, before numpy views the records with an explicit count. A forged header therefore produces a clear error instead of an out-of-range view.
# ---
"""Reader for .ptrace files written by the sampling profiler."""

import logging
import mmap
import struct
from pathlib import Path
from typing import Iterator

import numpy as np

log = logging.getLogger(__name__)

HEADER = struct.Struct("<8sHHIQ")
SAMPLE_DTYPE = np.dtype([("tid", "<u4"), ("frame", "<u4"), ("ts_ns", "<u8"), ("cpu", "<u2"), ("pad", "<u2")])


class TraceFormatError(ValueError):
    pass


class TraceFile:
    def __init__(self, path: Path) -> None:
        self.path = path
        with open(path, "rb") as fh:
            self._map = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        magic, major, minor, rec_size, count = HEADER.unpack_from(self._map, 0)
        if magic != b"PTRACE\x00\x01":
            raise TraceFormatError(f"{path}: not a trace file")
        if rec_size != SAMPLE_DTYPE.itemsize:
            raise TraceFormatError(f"{path}: record size {rec_size}, expected {SAMPLE_DTYPE.itemsize}")
        available = len(self._map) - HEADER.size
        if count * rec_size > available:
            raise TraceFormatError(f"{path}: header claims {count} samples, file holds {available // rec_size}")
        self.version = (major, minor)
        self.samples = np.frombuffer(self._map, dtype=SAMPLE_DTYPE, count=count, offset=HEADER.size)

    def by_thread(self) -> Iterator[tuple[int, np.ndarray]]:
        order = np.argsort(self.samples["tid"], kind="stable")
        ordered = self.samples[order]
        tids, starts = np.unique(ordered["tid"], return_index=True)
        bounds = list(starts[1:]) + [len(ordered)]
        for tid, lo, hi in zip(tids, starts, bounds):
            yield int(tid), ordered[lo:hi]

    def duration_ns(self) -> int:
        if len(self.samples) == 0:
            return 0
        ts = self.samples["ts_ns"]
        return int(ts.max()) - int(ts.min())


def summarize(path: Path) -> dict:
    trace = TraceFile(path)
    per_thread = {tid: len(rows) for tid, rows in trace.by_thread()}
    log.info("%s: %d samples across %d threads", path.name, len(trace.samples), len(per_thread))
    return {"version": trace.version, "duration_ns": trace.duration_ns(), "threads": per_thread}
