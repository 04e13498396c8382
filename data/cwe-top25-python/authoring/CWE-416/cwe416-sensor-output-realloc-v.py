# ---
# id: cwe416-sensor-output-realloc-v
# cwe: CWE-416
# vulnerable: true
# twin: cwe416-sensor-output-realloc-f
# tags: ctypes
# explanation: A lidar capture class registers its ctypes output buffer with the C driver once, in __init__. When the scan resolution changes, resize() replaces self.buf with a new buffer, and the old one is freed by Python, but the driver still holds and writes to the old pointer on every scan.
# ---
import ctypes

lidar = ctypes.CDLL("liblidar.so")
lidar.lidar_set_output.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t]
lidar.lidar_scan.argtypes = [ctypes.c_void_p]
lidar.lidar_scan.restype = ctypes.c_int
POINT = 16


class Capture:
    def __init__(self, dev, points: int = 1024):
        self.dev = dev
        self.buf = ctypes.create_string_buffer(points * POINT)
        lidar.lidar_set_output(dev, self.buf, len(self.buf))

    def resize(self, points: int) -> None:
        self.buf = ctypes.create_string_buffer(points * POINT)  #@vuln

    def scan(self) -> bytes:
        n = lidar.lidar_scan(self.dev)
        return self.buf.raw[: max(n, 0) * POINT]
