# ---
# id: cwe787-audio-ring-as-array-b
# cwe: CWE-787
# vulnerable: false
# twin: none
# tags: ctypes, numpy
# explanation: A mixer writes PCM frames into a ring slot provided by a C audio backend. The numpy view is created with the slot capacity the backend reports, and the number of frames written is min(capacity, len(frames)), so numpy never writes past the C allocation.
# ---
import ctypes

import numpy as np

audio = ctypes.CDLL("libaudiobackend.so")
audio.ab_acquire_slot.restype = ctypes.POINTER(ctypes.c_int16)
audio.ab_acquire_slot.argtypes = [ctypes.POINTER(ctypes.c_size_t)]
audio.ab_release_slot.argtypes = [ctypes.c_size_t]


def push_frames(frames: np.ndarray) -> int:
    capacity = ctypes.c_size_t()
    slot = audio.ab_acquire_slot(ctypes.byref(capacity))
    if not slot:
        return 0
    view = np.ctypeslib.as_array(slot, shape=(capacity.value,))
    n = min(capacity.value, len(frames))
    view[:n] = np.clip(frames[:n], -32768, 32767).astype(np.int16)
    audio.ab_release_slot(n)
    return n


def play(pcm: np.ndarray) -> None:
    offset = 0
    while offset < len(pcm):
        offset += push_frames(pcm[offset:])
