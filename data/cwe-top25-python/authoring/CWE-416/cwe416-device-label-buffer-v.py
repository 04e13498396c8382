# ---
# id: cwe416-device-label-buffer-v
# cwe: CWE-416
# vulnerable: true
# twin: cwe416-device-label-buffer-f
# tags: ctypes
# explanation: A USB hub controller registers a display label for each port with a C library that keeps the char* it is given and reads it whenever the status screen redraws. The label buffer is a local create_string_buffer, which Python frees when set_label returns, so the library later reads freed memory.
# ---
import ctypes

hub = ctypes.CDLL("libusbhubctl.so")
hub.hub_open.restype = ctypes.c_void_p
hub.hub_set_port_label.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_char_p]


class Hub:
    def __init__(self, serial: str):
        self.handle = hub.hub_open(serial.encode())
        if not self.handle:
            raise OSError(f"hub {serial} not found")

    def set_label(self, port: int, text: str) -> None:
        label = ctypes.create_string_buffer(text.encode("utf-8")[:31], 32)
        hub.hub_set_port_label(self.handle, port, label)  #@vuln

    def label_all(self, labels: dict) -> None:
        for port, text in labels.items():
            self.set_label(int(port), text)
