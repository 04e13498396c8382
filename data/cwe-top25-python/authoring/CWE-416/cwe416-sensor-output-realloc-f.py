# ---
# id: cwe416-sensor-output-realloc-f
# cwe: CWE-416
# vulnerable: false
# twin: cwe416-sensor-output-realloc-v
# tags: ctypes
# explanation: resize() now registers the new buffer with the driver before the old one is dropped, so the driver always writes into the buffer the object currently owns and never into freed memory.
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
        new_buf = ctypes.create_string_buffer(points * POINT)
        lidar.lidar_set_output(self.dev, new_buf, len(new_buf))
        self.buf = new_buf

    def scan(self) -> bytes:
        n = lidar.lidar_scan(self.dev)
        return self.buf.raw[: max(n, 0) * POINT]
