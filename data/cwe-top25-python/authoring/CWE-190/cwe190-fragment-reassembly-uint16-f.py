# ---
# id: cwe190-fragment-reassembly-uint16-f
# cwe: CWE-190
# vulnerable: false
# twin: cwe190-fragment-reassembly-uint16-v
# tags: ctypes, numpy
# explanation: _join() now sums fragment lengths with a Python int and rejects messages over 64 KiB, so the buffer is always as large as the data copied into it.
# ---
import ctypes

import numpy as np


class Reassembler:
    def __init__(self):
        self.parts = {}

    def add(self, msg_id: int, index: int, payload: bytes, last: bool):
        frags = self.parts.setdefault(msg_id, {})
        frags[index] = payload
        if last:
            return self._join(self.parts.pop(msg_id))
        return None

    def _join(self, frags: dict) -> bytes:
        total = sum(len(p) for p in frags.values())
        if total > 65535:
            raise ValueError("reassembled message too large")
        buf = ctypes.create_string_buffer(total)
        offset = 0
        for index in sorted(frags):
            payload = frags[index]
            ctypes.memmove(ctypes.addressof(buf) + offset, payload, len(payload))
            offset += len(payload)
        return buf.raw
