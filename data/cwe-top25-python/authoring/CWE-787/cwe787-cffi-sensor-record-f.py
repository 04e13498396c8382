# ---
# id: cwe787-cffi-sensor-record-f
# cwe: CWE-787
# vulnerable: false
# twin: cwe787-cffi-sensor-record-v
# tags: cffi
# explanation: The label copy is now limited to RECORD_SIZE - HEADER.size bytes, the space remaining after the header, so ffi.memmove can never write beyond the 64-byte cffi allocation; longer labels are truncated.
# ---
import struct

from cffi import FFI

ffi = FFI()
ffi.cdef("int store_append(const char *rec, size_t n);")
lib = ffi.dlopen("libwxstore.so")

RECORD_SIZE = 64
HEADER = struct.Struct("<IhhHxx")


def encode_record(ts: int, temp_c10: int, rh: int, pressure: int, label: bytes):
    rec = ffi.new("char[]", RECORD_SIZE)
    ffi.memmove(rec, HEADER.pack(ts, temp_c10, rh, pressure), HEADER.size)
    label = label[: RECORD_SIZE - HEADER.size]
    ffi.memmove(rec + HEADER.size, label, len(label))
    return rec


def log_sample(sample: dict, station_label: str) -> None:
    rec = encode_record(
        sample["ts"], round(sample["temp"] * 10), sample["rh"], sample["hpa"], station_label.encode("ascii", "replace")
    )
    if lib.store_append(rec, RECORD_SIZE) != 0:
        raise IOError("store_append failed")
