# ---
# id: cwe787-r2-shm-result-writer-v
# cwe: CWE-787
# vulnerable: true
# twin: none
# tags: multiprocessing, numpy, ctypes
# explanation: A worker process receives job descriptors, built from client requests, over a queue and writes its results into a shared-memory block of fixed size. The output view is built with numpy.ctypeslib.as_array from a raw pointer using the rows and cols named in the job message, which numpy cannot check against the segment, so a job with a larger shape makes the worker write past the end of the shared memory.
# ---
"""Feature-extraction worker pool sharing result memory with the coordinator."""

import ctypes
import logging
import queue
from dataclasses import dataclass
from multiprocessing import shared_memory

import numpy as np

log = logging.getLogger("featpool.worker")

RESULT_BYTES = 32 * 1024 * 1024


@dataclass
class Job:
    job_id: int
    source: str
    rows: int
    cols: int


def extract_features(path: str, rows: int, cols: int) -> np.ndarray:
    data = np.load(path, mmap_mode="r")
    window = data[: rows * cols].reshape(rows, cols)
    return (window - window.mean(axis=0)) / (window.std(axis=0) + 1e-6)


def result_view(shm: shared_memory.SharedMemory, rows: int, cols: int) -> np.ndarray:
    addr = ctypes.addressof(ctypes.c_char.from_buffer(shm.buf))
    ptr = ctypes.cast(addr, ctypes.POINTER(ctypes.c_float))
    return np.ctypeslib.as_array(ptr, shape=(rows, cols))


def worker_loop(shm_name: str, jobs, done) -> None:
    shm = shared_memory.SharedMemory(name=shm_name)
    try:
        while True:
            try:
                job = jobs.get(timeout=5)
            except queue.Empty:
                continue
            if job is None:
                break
            try:
                feats = extract_features(job.source, job.rows, job.cols)
            except (OSError, ValueError) as exc:
                log.warning("job %d failed: %s", job.job_id, exc)
                done.put((job.job_id, False))
                continue
            out = result_view(shm, job.rows, job.cols)
            out[:] = feats  #@vuln
            done.put((job.job_id, True))
    finally:
        shm.close()


def create_segment() -> shared_memory.SharedMemory:
    return shared_memory.SharedMemory(create=True, size=RESULT_BYTES)
