# ---
# id: cwe119-pcm-byteswap-units-v
# cwe: CWE-119
# vulnerable: true
# twin: cwe119-pcm-byteswap-units-f
# tags: cffi, wave
# explanation: A WAV converter byte-swaps 16-bit samples in place with a C helper declared as swap16(uint16_t *buf, size_t count), where count is a number of samples. The code passes len(frames), a number of bytes, so the helper reads and writes twice as many bytes as the buffer holds.
# ---
import wave

from cffi import FFI

ffi = FFI()
ffi.cdef("void swap16(uint16_t *buf, size_t count);")
dsp = ffi.dlopen("libpcmutil.so")


def to_big_endian(frames: bytearray) -> bytearray:
    ptr = ffi.cast("uint16_t *", ffi.from_buffer(frames))
    dsp.swap16(ptr, len(frames))  #@vuln
    return frames


def convert(src_path: str, dst_path: str) -> None:
    with wave.open(src_path, "rb") as src:
        if src.getsampwidth() != 2:
            raise ValueError("only 16-bit PCM is supported")
        params = src.getparams()
        frames = bytearray(src.readframes(src.getnframes()))
    with open(dst_path, "wb") as out:
        out.write(b"RAWB")
        out.write(params.framerate.to_bytes(4, "big") + params.nchannels.to_bytes(2, "big"))
        out.write(to_big_endian(frames))
