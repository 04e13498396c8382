# ---
# id: cwe787-dsp-samples-as-array-f
# cwe: CWE-787
# vulnerable: false
# twin: cwe787-dsp-samples-as-array-v
# tags: ctypes, numpy
# explanation: ingest_packet() now drops packets whose sample count exceeds the 8192-sample slot or the samples actually present, so the numpy view over the C slot is never larger than the slot.
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
    if count > SLOT_SAMPLES or count > iq.size:
        return
    slot = dsp.dsp_input_slot()
    if not slot:
        return
    view = np.ctypeslib.as_array(slot, shape=(count,))
    view[:] = iq[:count].astype(np.float32) / 32768.0
    dsp.dsp_commit(count)
