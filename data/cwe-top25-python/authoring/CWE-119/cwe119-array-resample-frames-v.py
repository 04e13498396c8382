# ---
# id: cwe119-array-resample-frames-v
# cwe: CWE-119
# vulnerable: true
# twin: cwe119-array-resample-frames-f
# tags: array, ctypes
# explanation: A voice-memo app resamples audio in place with a C routine that walks frames * channels 16-bit samples. The frame count is taken from the memo's metadata JSON instead of being derived from the array length, so metadata that disagrees with the audio makes the routine read and write past the array('h') buffer.
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
    frames = int(meta["frames"])
    rs.resample_inplace(addr, frames, int(meta["channels"]), int(meta["rate"]), target_rate)  #@vuln
    return samples
