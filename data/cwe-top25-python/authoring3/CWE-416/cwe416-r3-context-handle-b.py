# ---
# id: cwe416-r3-context-handle-b
# cwe: CWE-416
# vulnerable: false
# twin: none
# tags: ctypes
# explanation: The native hash context is freed exactly once in close(), the handle is cleared at the same time, and update/digest check for a live handle, so the freed context is never used; the class is also a context manager.
# ---
class NativeHasher:
    def __init__(self, lib):
        self._lib = lib
        self._ctx = lib.hash_new()

    def _live(self):
        if self._ctx is None:
            raise ValueError("hasher already closed")
        return self._ctx

    def update(self, data: bytes) -> None:
        self._lib.hash_update(self._live(), data, len(data))

    def close(self) -> None:
        ctx, self._ctx = self._ctx, None
        if ctx is not None:
            self._lib.hash_free(ctx)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
