# ---
# id: cwe416-r3-parser-close-f
# cwe: CWE-416
# vulnerable: false
# twin: cwe416-r3-parser-close-v
# tags: ctypes
# explanation: close() clears the handle after freeing it, and feed() refuses to run without a live handle, so the freed parser is never passed back to the library.
# ---
class StreamParser:
    def __init__(self, lib):
        self._lib = lib
        self._handle = lib.parser_new()

    def feed(self, data: bytes) -> int:
        if not self._handle:
            raise ValueError("parser is closed")
        return self._lib.parser_feed(self._handle, data, len(data))

    def close(self) -> None:
        if self._handle:
            self._lib.parser_free(self._handle)
            self._handle = None
