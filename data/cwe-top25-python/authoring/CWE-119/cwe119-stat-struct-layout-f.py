# ---
# id: cwe119-stat-struct-layout-f
# cwe: CWE-119
# vulnerable: false
# twin: cwe119-stat-struct-layout-v
# tags: ctypes
# explanation: The ctypes mirror now declares the 64-byte label member that the library's struct contains, so the structure Python allocates has the size and layout meter_read fills.
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
        ("label", ctypes.c_char * 64),
    ]


meter.meter_read.argtypes = [ctypes.c_int, ctypes.POINTER(MeterSample)]
meter.meter_read.restype = ctypes.c_int


def poll(channel: int, interval: float = 1.0):
    sample = MeterSample()
    while True:
        if meter.meter_read(channel, ctypes.byref(sample)) == 0:
            yield sample.timestamp, sample.volts, sample.amps, sample.watts
        time.sleep(interval)
