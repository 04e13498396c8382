# ---
# id: cwe416-async-job-addressof-v
# cwe: CWE-416
# vulnerable: true
# twin: cwe416-async-job-addressof-f
# tags: ctypes, asyncio
# explanation: A print-spooler binding builds a job struct whose data field is set to ctypes.addressof() of a local buffer; an integer address does not keep the buffer alive. The struct is queued for a C worker thread that prints asynchronously, and by then the local buffer has been freed, so the worker reads freed memory.
# ---
import asyncio
import ctypes

spool = ctypes.CDLL("libspoolq.so")


class Job(ctypes.Structure):
    _fields_ = [("data", ctypes.c_void_p), ("size", ctypes.c_size_t), ("copies", ctypes.c_int)]


spool.spool_enqueue.argtypes = [ctypes.POINTER(Job)]
spool.spool_wait.argtypes = [ctypes.POINTER(Job)]


def make_job(document: bytes, copies: int) -> Job:
    payload = ctypes.create_string_buffer(document, len(document))
    job = Job(ctypes.addressof(payload), len(document), copies)  #@vuln
    return job


async def print_document(document: bytes, copies: int = 1) -> None:
    job = make_job(document, copies)
    spool.spool_enqueue(ctypes.byref(job))
    await asyncio.to_thread(spool.spool_wait, ctypes.byref(job))
