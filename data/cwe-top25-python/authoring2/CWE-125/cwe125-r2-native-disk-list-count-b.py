# ---
# id: cwe125-r2-native-disk-list-count-b
# cwe: CWE-125
# vulnerable: false
# twin: none
# tags: ctypes, inventory, ffi
# explanation: A Python binding for an in-house inventory library receives an array of disk records allocated by the library together with its element count through out-parameters. The binding slices the ctypes pointer with exactly that count, copies each field into Python objects, and frees the array afterwards, which is the correct way to read a library-owned array and stays within its bounds.
# ---
"""Python binding for libhwinv's disk enumeration."""

from __future__ import annotations

import ctypes
import logging
from dataclasses import dataclass

log = logging.getLogger("hwinv")


class _DiskRecord(ctypes.Structure):
    _fields_ = [
        ("device", ctypes.c_char * 32),
        ("model", ctypes.c_char * 64),
        ("serial", ctypes.c_char * 40),
        ("size_bytes", ctypes.c_uint64),
        ("rotational", ctypes.c_uint8),
    ]


_lib = ctypes.CDLL("libhwinv.so.2")
_lib.hwinv_list_disks.argtypes = [ctypes.POINTER(ctypes.POINTER(_DiskRecord)), ctypes.POINTER(ctypes.c_size_t)]
_lib.hwinv_list_disks.restype = ctypes.c_int
_lib.hwinv_free.argtypes = [ctypes.c_void_p]
_lib.hwinv_free.restype = None


@dataclass(frozen=True)
class Disk:
    device: str
    model: str
    serial: str
    size_bytes: int
    rotational: bool

    @property
    def size_gib(self) -> float:
        return self.size_bytes / 2**30


def list_disks() -> list[Disk]:
    records = ctypes.POINTER(_DiskRecord)()
    count = ctypes.c_size_t(0)
    rc = _lib.hwinv_list_disks(ctypes.byref(records), ctypes.byref(count))
    if rc != 0:
        raise OSError(rc, "hwinv_list_disks failed")
    try:
        return [
            Disk(
                device=rec.device.decode("ascii", "replace"),
                model=rec.model.decode("utf-8", "replace").strip(),
                serial=rec.serial.decode("ascii", "replace").strip(),
                size_bytes=rec.size_bytes,
                rotational=bool(rec.rotational),
            )
            for rec in records[: count.value]
        ]
    finally:
        _lib.hwinv_free(records)


def summary() -> str:
    disks = list_disks()
    lines = [f"{d.device:<10} {d.size_gib:>9.1f} GiB  {'hdd' if d.rotational else 'ssd'}  {d.model}" for d in disks]
    log.debug("found %d disks", len(disks))
    return "\n".join(lines)
