# ---
# id: cwe416-r2-deflate-stream-kept-input-b
# cwe: CWE-416
# vulnerable: false
# twin: none
# tags: ctypes, compression, streaming
# explanation: A streaming compressor hands the native library raw pointers to its input and output ctypes buffers, which the library keeps between calls. Both buffers are stored on the object, which lives until end() has returned and the native stream has been released; only after that are the references dropped, so the library never holds a pointer to freed memory.
# ---
"""Streaming compression through libfastz, used by the log archiver."""

import ctypes
import logging
from typing import BinaryIO, Iterator

log = logging.getLogger("archiver.fastz")

CHUNK = 256 * 1024

_fz = ctypes.CDLL("libfastz.so")
_fz.fz_stream_new.argtypes = [ctypes.c_int]
_fz.fz_stream_new.restype = ctypes.c_void_p
_fz.fz_set_buffers.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t, ctypes.c_void_p, ctypes.c_size_t]
_fz.fz_feed.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
_fz.fz_feed.restype = ctypes.c_ssize_t
_fz.fz_stream_free.argtypes = [ctypes.c_void_p]


class Compressor:
    def __init__(self, level: int = 6) -> None:
        self._stream = _fz.fz_stream_new(level)
        if not self._stream:
            raise MemoryError("fz_stream_new failed")
        self._in = ctypes.create_string_buffer(CHUNK)
        self._out = ctypes.create_string_buffer(CHUNK * 2)
        _fz.fz_set_buffers(self._stream, self._in, CHUNK, self._out, CHUNK * 2)

    def feed(self, data: bytes, final: bool = False) -> bytes:
        if not self._stream:
            raise ValueError("the stream has already ended")
        if len(data) > CHUNK:
            raise ValueError("feed at most CHUNK bytes at a time")
        ctypes.memmove(self._in, data, len(data))
        produced = _fz.fz_feed(self._stream, len(data), 1 if final else 0)
        if produced < 0:
            raise RuntimeError(f"fz_feed failed with {produced}")
        return self._out.raw[:produced]

    def end(self) -> None:
        if self._stream:
            _fz.fz_stream_free(self._stream)
            self._stream = None
            self._in = self._out = None


def compress_stream(src: BinaryIO, level: int = 6) -> Iterator[bytes]:
    comp = Compressor(level)
    try:
        chunk = src.read(CHUNK)
        while chunk:
            nxt = src.read(CHUNK)
            yield comp.feed(chunk, final=not nxt)
            chunk = nxt
    finally:
        comp.end()
