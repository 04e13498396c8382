# ---
# id: cwe787-shm-scoreboard-slot-f
# cwe: CWE-787
# vulnerable: false
# twin: cwe787-shm-scoreboard-slot-v
# tags: mmap, struct, multiprocessing
# explanation: The name field now has a fixed capacity (the slot size minus the status record and length byte) and longer names are truncated before struct.pack_into, so a worker's write always stays inside its own 64-byte slot.
# ---
"""Shared-memory scoreboard where workers publish their status."""

import mmap
import os
import struct
import time

SLOT = 64
HEADER = 16
MAX_WORKERS = 32
STATUS = struct.Struct("<IId")
NAME_CAP = SLOT - STATUS.size - 1


def open_board(path="/dev/shm/jobd.board"):
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    os.ftruncate(fd, HEADER + SLOT * MAX_WORKERS)
    return mmap.mmap(fd, HEADER + SLOT * MAX_WORKERS)


def publish(board, index: int, name: str, jobs_done: int) -> None:
    if not 0 <= index < MAX_WORKERS:
        raise IndexError(index)
    off = HEADER + index * SLOT
    STATUS.pack_into(board, off, os.getpid(), jobs_done, time.time())
    raw = name.encode()[:NAME_CAP]
    struct.pack_into(f"<B{NAME_CAP}s", board, off + STATUS.size, len(raw), raw)


def worker_loop(board, index, spec):
    done = 0
    while True:
        done += spec.run_next()
        publish(board, index, spec.worker_name, done)
