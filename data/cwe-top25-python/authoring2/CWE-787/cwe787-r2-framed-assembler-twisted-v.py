# ---
# id: cwe787-r2-framed-assembler-twisted-v
# cwe: CWE-787
# vulnerable: true
# twin: cwe787-r2-framed-assembler-twisted-f
# tags: twisted, ctypes, struct
# explanation: A Twisted protocol assembles length-prefixed telemetry messages into a preallocated ctypes buffer of MAX_MESSAGE bytes. The declared length is checked, but each received chunk is appended whole with ctypes.memmove; when a chunk carries more bytes than the current message still needs, the fill position runs past the end of the buffer and the copy writes out of bounds.
# ---
"""Telemetry uplink protocol: 4-byte big-endian length, then the message."""

import ctypes
import logging
import struct

from twisted.internet import protocol

log = logging.getLogger("uplink")

LENGTH = struct.Struct("!I")
MAX_MESSAGE = 16 * 1024


class UplinkProtocol(protocol.Protocol):
    def __init__(self, on_message):
        self._on_message = on_message
        self._buf = ctypes.create_string_buffer(MAX_MESSAGE)
        self._base = ctypes.addressof(self._buf)
        self._header = b""
        self._expected = None
        self._fill = 0

    def connectionMade(self):
        log.info("uplink from %s", self.transport.getPeer())

    def dataReceived(self, data: bytes):
        while data:
            if self._expected is None:
                need = LENGTH.size - len(self._header)
                self._header += data[:need]
                data = data[need:]
                if len(self._header) < LENGTH.size:
                    return
                (self._expected,) = LENGTH.unpack(self._header)
                self._header = b""
                if self._expected > MAX_MESSAGE:
                    log.warning("message of %d bytes refused", self._expected)
                    self.transport.loseConnection()
                    return
                continue
            chunk = data
            data = b""
            ctypes.memmove(self._base + self._fill, chunk, len(chunk))  #@vuln
            self._fill += len(chunk)
            if self._fill >= self._expected:
                self._on_message(self._buf.raw[: self._expected])
                self._expected = None
                self._fill = 0

    def connectionLost(self, reason):
        log.info("uplink closed: %s", reason.getErrorMessage())


class UplinkFactory(protocol.Factory):
    def __init__(self, on_message):
        self.on_message = on_message

    def buildProtocol(self, addr):
        return UplinkProtocol(self.on_message)
