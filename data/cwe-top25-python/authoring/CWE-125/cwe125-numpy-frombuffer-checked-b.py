# ---
# id: cwe125-numpy-frombuffer-checked-b
# cwe: CWE-125
# vulnerable: false
# twin: none
# tags: numpy, struct
# explanation: A seismic-data reader parses traces from a file with np.frombuffer using an explicit count and offset, after checking that the header's sample count times the sample size fits in the bytes that follow; frombuffer itself also refuses to read past the end of a Python buffer.
# ---
import struct

import numpy as np

TRACE_HDR = struct.Struct("<IHHf")


def read_traces(data: bytes) -> list:
    traces = []
    pos = 0
    while pos + TRACE_HDR.size <= len(data):
        trace_id, station, n_samples, rate = TRACE_HDR.unpack_from(data, pos)
        start = pos + TRACE_HDR.size
        nbytes = n_samples * 4
        if start + nbytes > len(data):
            raise ValueError(f"trace {trace_id} truncated")
        samples = np.frombuffer(data, dtype="<f4", count=n_samples, offset=start)
        traces.append({"id": trace_id, "station": station, "rate": rate, "samples": samples.copy()})
        pos = start + nbytes
    return traces
