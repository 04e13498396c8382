# ---
# id: cwe119-stat-struct-layout-v
# cwe: CWE-119
# vulnerable: true
# twin: cwe119-stat-struct-layout-f
# tags: ctypes
# explanation: A monitoring agent mirrors a C struct from a vendor's power-meter library as a ctypes Structure, but the mirror omits the 64-byte "label" member that newer firmware headers declare. meter_read() fills the full C struct through the pointer it is given, so the Python-allocated structure is smaller than what the library reads and writes and its neighbours get clobbered.
# ---
import ctypes
import time

meter = ctypes.CDLL("libpwrmeter.so")


class MeterSample(ctypes.Structure):
    _fields_ = [
        ("timestamp", ctypes.c_int64),
        ("volts", ctypes.c_double),
        ("amps", ctypes.c_double),
        ("watts", ctypes.c_double),
        ("phase", ctypes.c_uint8),
    ]


meter.meter_read.argtypes = [ctypes.c_int, ctypes.POINTER(MeterSample)]
meter.meter_read.restype = ctypes.c_int


def poll(channel: int, interval: float = 1.0):
    sample = MeterSample()
    while True:
        if meter.meter_read(channel, ctypes.byref(sample)) == 0:  #@vuln
            yield sample.timestamp, sample.volts, sample.amps, sample.watts
        time.sleep(interval)
