# ---
# id: cwe416-device-label-buffer-f
# cwe: CWE-416
# vulnerable: false
# twin: cwe416-device-label-buffer-v
# tags: ctypes
# explanation: set_label() now keeps each label buffer in self._labels for as long as the hub handle is in use, so the pointer held by the C library stays valid until the label is replaced.
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
        self._labels = {}

    def set_label(self, port: int, text: str) -> None:
        label = ctypes.create_string_buffer(text.encode("utf-8")[:31], 32)
        hub.hub_set_port_label(self.handle, port, label)
        self._labels[port] = label

    def label_all(self, labels: dict) -> None:
        for port, text in labels.items():
            self.set_label(int(port), text)
