# ---
# id: cwe416-conn-pool-release-f
# cwe: CWE-416
# vulnerable: false
# twin: cwe416-conn-pool-release-v
# tags: ctypes
# explanation: release() now clears self.conn and send() refuses to run on a released session, and notify() sends every frame before releasing, so the native connection is never used after it went back to the pool.
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
        if self.conn is None:
            raise RuntimeError("session already released")
        return cp.conn_send(self.conn, frame, len(frame))

    def release(self) -> None:
        cp.pool_release(self.pool, self.conn)
        self.conn = None


def notify(pool, frames):
    session = Session(pool)
    try:
        for frame in frames:
            session.send(frame)
    finally:
        session.release()
