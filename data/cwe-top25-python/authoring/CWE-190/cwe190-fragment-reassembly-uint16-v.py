# ---
# id: cwe190-fragment-reassembly-uint16-v
# cwe: CWE-190
# vulnerable: true
# twin: cwe190-fragment-reassembly-uint16-f
# tags: ctypes, numpy
# explanation: A LoRa gateway reassembles fragmented messages by summing fragment lengths in a numpy uint16, allocating a ctypes buffer of that size and memmove-ing each fragment at its running offset. Fragments totalling more than 65535 bytes wrap the sum to a small number, and the copies then write past the end of the buffer.
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
        total = np.uint16(0)
        for payload in frags.values():
            total += np.uint16(len(payload))  #@vuln
        buf = ctypes.create_string_buffer(int(total))
        offset = 0
        for index in sorted(frags):
            payload = frags[index]
            ctypes.memmove(ctypes.addressof(buf) + offset, payload, len(payload))
            offset += len(payload)
        return buf.raw
