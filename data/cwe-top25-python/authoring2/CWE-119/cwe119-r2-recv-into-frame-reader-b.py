# ---
# id: cwe119-r2-recv-into-frame-reader-b
# cwe: CWE-119
# vulnerable: false
# twin: none
# tags: socket, memoryview, struct
# explanation: A client for a binary job-queue protocol reads length-prefixed frames into a reusable bytearray with socket.recv_into on memoryview slices. The peer's declared length is checked against the buffer size before reading, and recv_into itself refuses an nbytes larger than the view, so every read lands inside the preallocated buffer.
# ---
"""Blocking client for the jobq binary protocol."""

import logging
import socket
import struct
from typing import Iterator

log = logging.getLogger("jobq.client")

FRAME_HEAD = struct.Struct("!IH")
MAX_FRAME = 1 << 20


class ProtocolError(Exception):
    pass


class JobQueueClient:
    def __init__(self, host: str, port: int, timeout: float = 30.0) -> None:
        self.sock = socket.create_connection((host, port), timeout=timeout)
        self._buf = bytearray(MAX_FRAME)
        self._view = memoryview(self._buf)

    def _read_exact(self, view: memoryview) -> None:
        got = 0
        while got < len(view):
            n = self.sock.recv_into(view[got:], len(view) - got)
            if n == 0:
                raise ConnectionError("server closed the connection")
            got += n

    def read_frame(self) -> tuple[int, bytes]:
        head = bytearray(FRAME_HEAD.size)
        self._read_exact(memoryview(head))
        length, kind = FRAME_HEAD.unpack(head)
        if length > MAX_FRAME:
            raise ProtocolError(f"frame of {length} bytes exceeds {MAX_FRAME}")
        body = self._view[:length]
        self._read_exact(body)
        return kind, bytes(body)

    def send_frame(self, kind: int, payload: bytes) -> None:
        if len(payload) > MAX_FRAME:
            raise ProtocolError("payload too large")
        self.sock.sendall(FRAME_HEAD.pack(len(payload), kind) + payload)

    def jobs(self, queue_name: str) -> Iterator[bytes]:
        self.send_frame(1, queue_name.encode("utf-8"))
        while True:
            kind, body = self.read_frame()
            if kind == 0:
                return
            if kind != 2:
                raise ProtocolError(f"unexpected frame kind {kind}")
            yield body

    def close(self) -> None:
        self._view.release()
        self.sock.close()
