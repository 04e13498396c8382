# ---
# id: cwe416-async-job-addressof-f
# cwe: CWE-416
# vulnerable: false
# twin: cwe416-async-job-addressof-v
# tags: ctypes, asyncio
# explanation: make_job() now returns the payload buffer together with the job and print_document() keeps both alive until spool_wait reports the job finished, so the address stored in the struct stays valid for as long as the C worker uses it.
# ---
import asyncio
import ctypes

spool = ctypes.CDLL("libspoolq.so")


class Job(ctypes.Structure):
    _fields_ = [("data", ctypes.c_void_p), ("size", ctypes.c_size_t), ("copies", ctypes.c_int)]


spool.spool_enqueue.argtypes = [ctypes.POINTER(Job)]
spool.spool_wait.argtypes = [ctypes.POINTER(Job)]


def make_job(document: bytes, copies: int):
    payload = ctypes.create_string_buffer(document, len(document))
    job = Job(ctypes.addressof(payload), len(document), copies)
    return job, payload


async def print_document(document: bytes, copies: int = 1) -> None:
    job, payload = make_job(document, copies)
    spool.spool_enqueue(ctypes.byref(job))
    await asyncio.to_thread(spool.spool_wait, ctypes.byref(job))
    del payload
