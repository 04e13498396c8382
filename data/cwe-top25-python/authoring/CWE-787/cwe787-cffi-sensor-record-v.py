# ---
# id: cwe787-cffi-sensor-record-v
# cwe: CWE-787
# vulnerable: true
# twin: cwe787-cffi-sensor-record-f
# tags: cffi
# explanation: A weather-station logger builds fixed 64-byte records in a cffi char array before handing them to a C storage library. The station label read from the device's config message is copied with ffi.memmove using its own length, so a label longer than the 48 bytes left after the header writes past the end of the cffi allocation.
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
    ffi.memmove(rec + HEADER.size, label, len(label))  #@vuln
    return rec


def log_sample(sample: dict, station_label: str) -> None:
    rec = encode_record(
        sample["ts"], round(sample["temp"] * 10), sample["rh"], sample["hpa"], station_label.encode("ascii", "replace")
    )
    if lib.store_append(rec, RECORD_SIZE) != 0:
        raise IOError("store_append failed")
