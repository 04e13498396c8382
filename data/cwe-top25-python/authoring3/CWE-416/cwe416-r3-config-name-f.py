# ---
# id: cwe416-r3-config-name-f
# cwe: CWE-416
# vulnerable: false
# twin: cwe416-r3-config-name-v
# tags: ctypes
# explanation: The string buffer is stored on the Service object before its address is put in the C struct, so the memory the struct points at lives as long as the service.
# ---
import ctypes


class ServiceConfig(ctypes.Structure):
    _fields_ = [("name", ctypes.c_void_p), ("port", ctypes.c_uint16)]


class Service:
    def __init__(self, lib, name: str, port: int):
        self._lib = lib
        self.cfg = ServiceConfig()
        self._name_buf = ctypes.create_string_buffer(name.encode())
        self.cfg.name = ctypes.cast(self._name_buf, ctypes.c_void_p)
        self.cfg.port = port

    def start(self):
        return self._lib.service_start(ctypes.byref(self.cfg))
