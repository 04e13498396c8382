# ---
# id: cwe416-conn-pool-release-v
# cwe: CWE-416
# vulnerable: true
# twin: cwe416-conn-pool-release-f
# tags: ctypes
# explanation: A wrapper around a C connection pool returns connections with pool_release, which recycles the native connection object, yet the Python Session keeps its raw pointer and send() keeps using it. A session used after release() operates on a connection the pool may have freed or handed to another caller.
# ---
import ctypes

cp = ctypes.CDLL("libcpool.so")
cp.pool_acquire.restype = ctypes.c_void_p
cp.pool_acquire.argtypes = [ctypes.c_void_p, ctypes.c_int]
cp.pool_release.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
cp.conn_send.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t]
cp.conn_send.restype = ctypes.c_int


class Session:
    def __init__(self, pool, timeout_ms=2000):
        self.pool = pool
        self.conn = cp.pool_acquire(pool, timeout_ms)
        if not self.conn:
            raise TimeoutError("no connection available")

    def send(self, frame: bytes) -> int:
        return cp.conn_send(self.conn, frame, len(frame))

    def release(self) -> None:
        cp.pool_release(self.pool, self.conn)


def notify(pool, frames):
    session = Session(pool)
    session.send(frames[0])
    session.release()
    for frame in frames[1:]:
        session.send(frame)  #@vuln
