# ---
# id: cwe190-rtp-seq-serial-arith-b
# cwe: CWE-190
# vulnerable: false
# twin: none
# tags: numpy
# explanation: A jitter buffer compares 16-bit RTP sequence numbers with serial-number arithmetic (RFC 1982): the difference is taken modulo 2**16 and interpreted as signed. Wraparound of the sequence counter is expected by the protocol and handled explicitly, so ordering stays correct across the wrap.
# ---
"""Jitter buffer for incoming RTP packets."""

import numpy as np

SEQ_MOD = 1 << 16


def seq_newer(a: int, b: int) -> bool:
    diff = (a - b) % SEQ_MOD
    return 0 < diff < SEQ_MOD // 2


class JitterBuffer:
    def __init__(self, depth: int = 64):
        self.depth = depth
        self.packets = {}
        self.highest = None

    def push(self, seq: int, payload: bytes) -> None:
        seq &= 0xFFFF
        if self.highest is None or seq_newer(seq, self.highest):
            self.highest = seq
        self.packets[seq] = payload
        if len(self.packets) > self.depth:
            oldest = min(self.packets, key=lambda s: np.int16(np.uint16((s - self.highest) % SEQ_MOD)))
            self.packets.pop(oldest)
