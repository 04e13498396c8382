# ---
# id: cwe416-r3-parser-close-v
# cwe: CWE-416
# vulnerable: true
# twin: cwe416-r3-parser-close-f
# tags: ctypes
# explanation: close() frees the native parser but leaves the stale handle on the object, and feed() passes it to the C library without checking. Any feed() after close() (for example from a late network callback) operates on freed memory.
# ---
class StreamParser:
    def __init__(self, lib):
        self._lib = lib
        self._handle = lib.parser_new()

    def feed(self, data: bytes) -> int:
        return self._lib.parser_feed(self._handle, data, len(data))  #@vuln

    def close(self) -> None:
        if self._handle:
            self._lib.parser_free(self._handle)
