# ---
# id: cwe787-shm-scoreboard-slot-v
# cwe: CWE-787
# vulnerable: true
# twin: cwe787-shm-scoreboard-slot-f
# tags: mmap, struct, multiprocessing
# explanation: Worker processes publish their status into a shared-memory scoreboard of fixed 64-byte slots with struct.pack_into. The worker name is packed with a format sized by the name's own length, so a long name (taken from the job spec) spills past the slot into the next worker's slot and the scoreboard header counters.
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


def open_board(path="/dev/shm/jobd.board"):
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    os.ftruncate(fd, HEADER + SLOT * MAX_WORKERS)
    return mmap.mmap(fd, HEADER + SLOT * MAX_WORKERS)


def publish(board, index: int, name: str, jobs_done: int) -> None:
    if not 0 <= index < MAX_WORKERS:
        raise IndexError(index)
    off = HEADER + index * SLOT
    STATUS.pack_into(board, off, os.getpid(), jobs_done, time.time())
    raw = name.encode()
    struct.pack_into(f"<B{len(raw)}s", board, off + STATUS.size, len(raw), raw)  #@vuln


def worker_loop(board, index, spec):
    done = 0
    while True:
        done += spec.run_next()
        publish(board, index, spec.worker_name, done)
