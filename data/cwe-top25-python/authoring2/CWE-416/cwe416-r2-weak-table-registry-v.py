# ---
# id: cwe416-r2-weak-table-registry-v
# cwe: CWE-416
# vulnerable: true
# twin: none
# tags: ctypes, weakref, content-filter
# explanation: A content filter loads word tables into ctypes buffers and registers their raw addresses with a native matcher that keeps using them for every scan. The only Python reference to each buffer is held in a WeakValueDictionary, so the buffer is freed as soon as load_table() returns while the native matcher still points at it.
# ---
"""Word-list tables for the chat content filter."""

import ctypes
import logging
import weakref
from pathlib import Path

log = logging.getLogger("chatfilter.tables")

_match = ctypes.CDLL("libwordmatch.so")
_match.wm_add_table.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_void_p, ctypes.c_size_t]
_match.wm_add_table.restype = ctypes.c_int
_match.wm_scan.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t]
_match.wm_scan.restype = ctypes.c_int


def read_words(path: Path) -> bytes:
    words = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip().lower()
        if line and not line.startswith("#"):
            words.append(line.encode("utf-8"))
    return b"\0".join(sorted(set(words))) + b"\0"


class FilterEngine:
    def __init__(self, matcher_handle: int) -> None:
        self.matcher = matcher_handle
        self._tables = weakref.WeakValueDictionary()

    def load_table(self, name: str, path: Path) -> int:
        blob = read_words(path)
        buf = ctypes.create_string_buffer(blob, len(blob))
        rc = _match.wm_add_table(self.matcher, name.encode(), buf, len(blob))
        if rc < 0:
            raise RuntimeError(f"wm_add_table({name}) failed: {rc}")
        self._tables[name] = buf  #@vuln
        log.info("table %s: %d bytes from %s", name, len(blob), path)
        return rc

    def load_directory(self, directory: Path) -> list[str]:
        names = []
        for path in sorted(directory.glob("*.txt")):
            self.load_table(path.stem, path)
            names.append(path.stem)
        return names

    def flagged(self, message: str) -> bool:
        data = message.lower().encode("utf-8")
        return _match.wm_scan(self.matcher, data, len(data)) > 0
