# ---
# id: cwe787-r3-record-name-f
# cwe: CWE-787
# vulnerable: false
# twin: cwe787-r3-record-name-v
# tags: ctypes
# explanation: The encoded name is cut to the field size minus one byte before the copy and the terminator is written inside the field, so memmove never goes past the 32-byte name field.
# ---
import ctypes


class DeviceRecord(ctypes.Structure):
    _fields_ = [("id", ctypes.c_uint32), ("name", ctypes.c_char * 32), ("flags", ctypes.c_uint32)]


def rename_device(rec: DeviceRecord, name: str) -> None:
    raw = name.encode("utf-8")[: DeviceRecord.name.size - 1] + b"\0"
    dst = ctypes.addressof(rec) + DeviceRecord.name.offset
    ctypes.memmove(dst, raw, len(raw))
