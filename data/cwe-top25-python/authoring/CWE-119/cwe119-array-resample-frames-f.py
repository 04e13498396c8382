# ---
# id: cwe119-array-resample-frames-f
# cwe: CWE-119
# vulnerable: false
# twin: cwe119-array-resample-frames-v
# tags: array, ctypes
# explanation: The frame count is now derived from the array itself (len(samples) // channels) and the metadata is only used for channels and rate, so the C routine walks exactly the samples the buffer holds.
# ---
import ctypes
import json
from array import array

rs = ctypes.CDLL("libresample.so")
rs.resample_inplace.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_int, ctypes.c_int]


def load_memo(audio_path: str, meta_path: str):
    samples = array("h")
    with open(audio_path, "rb") as fh:
        samples.frombytes(fh.read())
    with open(meta_path) as fh:
        meta = json.load(fh)
    return samples, meta


def normalize_rate(audio_path: str, meta_path: str, target_rate: int = 16000) -> array:
    samples, meta = load_memo(audio_path, meta_path)
    if int(meta["rate"]) < target_rate:
        raise ValueError("in-place resampling can only lower the rate")
    addr, _ = samples.buffer_info()
    channels = int(meta["channels"])
    if channels not in (1, 2):
        raise ValueError("unsupported channel count")
    frames = len(samples) // channels
    rs.resample_inplace(addr, frames, channels, int(meta["rate"]), target_rate)
    return samples
