# ---
# id: cwe119-r3-lz-decompress-v
# cwe: CWE-119
# vulnerable: true
# twin: cwe119-r3-lz-decompress-f
# tags: ctypes
# explanation: A ctypes binding over an LZ decompressor allocates the output buffer with a fixed capacity but passes the uncompressed size declared in the block header as the destination limit. A block that declares more than the capacity lets the C routine write past the output buffer.
# ---
import ctypes
import struct


class BlockDecoder:
    def __init__(self, lib, capacity=1 << 20):
        self._lib = lib
        self._out = ctypes.create_string_buffer(capacity)

    def decode_block(self, block: bytes) -> bytes:
        (raw_size,) = struct.unpack_from("<I", block, 0)
        src = block[4:]
        n = self._lib.lz_decompress_safe(src, self._out, len(src), raw_size)  #@vuln
        if n < 0:
            raise ValueError("corrupt block")
        return self._out.raw[:n]
