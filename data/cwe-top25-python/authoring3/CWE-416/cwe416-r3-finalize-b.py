# ---
# id: cwe416-r3-finalize-b
# cwe: CWE-416
# vulnerable: false
# twin: none
# tags: ctypes, weakref
# explanation: weakref.finalize frees the native session only when the Session object is collected or closed, and the finalizer runs at most once; methods use the handle only while the object is alive and finalizer.alive is checked, so no call uses a freed session.
# ---
import weakref


class Session:
    def __init__(self, lib, url: bytes):
        self._lib = lib
        self._handle = lib.session_open(url)
        self._finalizer = weakref.finalize(self, lib.session_close, self._handle)

    def query(self, q: bytes) -> int:
        if not self._finalizer.alive:
            raise RuntimeError("session closed")
        return self._lib.session_query(self._handle, q)

    def close(self) -> None:
        self._finalizer()
