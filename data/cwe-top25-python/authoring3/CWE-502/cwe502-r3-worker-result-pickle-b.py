# ---
# id: cwe502-r3-worker-result-pickle-b
# cwe: CWE-502
# vulnerable: false
# twin: none
# tags: pickle, multiprocessing
# explanation: A process pool helper unpickles results sent back by worker processes it spawned itself over a multiprocessing Pipe. Both ends belong to the same program and no external party can write to the pipe, so pickle here is the normal IPC mechanism, not a deserialization risk.
# ---
import pickle
from multiprocessing import Pipe, Process


def _worker(conn, func, items):
    conn.send_bytes(pickle.dumps([func(x) for x in items]))
    conn.close()


def run_chunk(func, items):
    parent, child = Pipe(duplex=False)
    proc = Process(target=_worker, args=(child, func, items))
    proc.start()
    data = parent.recv_bytes()
    proc.join()
    return pickle.loads(data)
