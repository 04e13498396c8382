# ---
# id: cwe787-r3-record-name-v
# cwe: CWE-787
# vulnerable: true
# twin: cwe787-r3-record-name-f
# tags: ctypes
# explanation: The device name from an API call is copied into the 32-byte name field of a ctypes structure with memmove at the field's address. The length is the encoded name's length, so a longer name writes over the following fields and past the structure.
# ---
import ctypes


class DeviceRecord(ctypes.Structure):
    _fields_ = [("id", ctypes.c_uint32), ("name", ctypes.c_char * 32), ("flags", ctypes.c_uint32)]


def rename_device(rec: DeviceRecord, name: str) -> None:
    raw = name.encode("utf-8")
    dst = ctypes.addressof(rec) + DeviceRecord.name.offset
    ctypes.memmove(dst, raw, len(raw) + 1)  #@vuln
