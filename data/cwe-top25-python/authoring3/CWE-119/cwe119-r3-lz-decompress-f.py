# ---
# id: cwe119-r3-lz-decompress-f
# cwe: CWE-119
# vulnerable: false
# twin: cwe119-r3-lz-decompress-v
# tags: ctypes
# explanation: Blocks declaring more than the buffer can hold are refused, and the destination limit passed to the C routine is the real buffer size, so the decompressor cannot write outside the output buffer.
# ---
import ctypes
import struct


class BlockDecoder:
    def __init__(self, lib, capacity=1 << 20):
        self._lib = lib
        self._out = ctypes.create_string_buffer(capacity)

    def decode_block(self, block: bytes) -> bytes:
        (raw_size,) = struct.unpack_from("<I", block, 0)
        if raw_size > ctypes.sizeof(self._out):
            raise ValueError("block too large")
        src = block[4:]
        n = self._lib.lz_decompress_safe(src, self._out, len(src), ctypes.sizeof(self._out))
        if n < 0:
            raise ValueError("corrupt block")
        return self._out.raw[:n]
