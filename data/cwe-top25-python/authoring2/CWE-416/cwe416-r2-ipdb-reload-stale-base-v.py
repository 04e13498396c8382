# ---
# id: cwe416-r2-ipdb-reload-stale-base-v
# cwe: CWE-416
# vulnerable: true
# twin: cwe416-r2-ipdb-reload-stale-base-f
# tags: mmap, ctypes, threading, geoip
# explanation: An IP-reputation database is memory-mapped and searched by a native routine given the map's raw address. reload() maps the new file and closes the old map, but keeps the raw address computed for the old mapping, so every lookup after a reload passes unmapped (freed) memory to the native search.
# ---
"""Memory-mapped IP reputation database with hot reload."""

import ctypes
import ipaddress
import logging
import mmap
import os
import threading

log = logging.getLogger("ipdb")

_search = ctypes.CDLL("libipdbsearch.so")
_search.ipdb_find.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_uint32]
_search.ipdb_find.restype = ctypes.c_int

CATEGORIES = {0: "clean", 1: "scanner", 2: "botnet", 3: "tor-exit", 4: "spam"}


def _map_file(path: str) -> mmap.mmap:
    fd = os.open(path, os.O_RDONLY)
    try:
        return mmap.mmap(fd, 0, access=mmap.ACCESS_COPY)
    finally:
        os.close(fd)


def _address_of(mm: mmap.mmap) -> int:
    return ctypes.addressof(ctypes.c_char.from_buffer(mm))


class ReputationDB:
    def __init__(self, path: str) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._map = _map_file(path)
        self._base = _address_of(self._map)
        self._mtime = os.stat(path).st_mtime

    def reload_if_changed(self) -> bool:
        mtime = os.stat(self.path).st_mtime
        if mtime == self._mtime:
            return False
        new_map = _map_file(self.path)
        with self._lock:
            old, self._map = self._map, new_map
            self._mtime = mtime
            old.close()  #@vuln
        log.info("reloaded %s (%d bytes)", self.path, len(new_map))
        return True

    def category(self, address: str) -> str:
        ip = ipaddress.IPv4Address(address)
        with self._lock:
            code = _search.ipdb_find(self._base, len(self._map), int(ip))  #@vuln
        return CATEGORIES.get(code, "unknown")


def watch(db: ReputationDB, stop: threading.Event, interval: float = 60.0) -> None:
    while not stop.wait(interval):
        try:
            db.reload_if_changed()
        except OSError as exc:
            log.warning("reload of %s failed: %s", db.path, exc)
