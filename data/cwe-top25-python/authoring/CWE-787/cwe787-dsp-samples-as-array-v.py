# ---
# id: cwe787-dsp-samples-as-array-v
# cwe: CWE-787
# vulnerable: true
# twin: cwe787-dsp-samples-as-array-f
# tags: ctypes, numpy
# explanation: An SDR pipeline asks a C DSP library for its input ring slot (a fixed 8192-sample float buffer) and wraps it in a numpy array whose length is the sample count from the incoming packet header. Writing the decoded samples through that view writes as many floats as the header claims, past the end of the C buffer when the count exceeds 8192.
# ---
import ctypes
import struct

import numpy as np

dsp = ctypes.CDLL("libsdrdsp.so")
dsp.dsp_input_slot.restype = ctypes.POINTER(ctypes.c_float)
dsp.dsp_commit.argtypes = [ctypes.c_int]

PKT_HDR = struct.Struct("<HHI")
SLOT_SAMPLES = 8192


def ingest_packet(packet: bytes) -> None:
    stream_id, flags, count = PKT_HDR.unpack_from(packet, 0)
    iq = np.frombuffer(packet, dtype="<i2", offset=PKT_HDR.size)
    slot = dsp.dsp_input_slot()
    if not slot:
        return
    view = np.ctypeslib.as_array(slot, shape=(count,))
    view[:] = iq[:count].astype(np.float32) / 32768.0  #@vuln
    dsp.dsp_commit(count)
