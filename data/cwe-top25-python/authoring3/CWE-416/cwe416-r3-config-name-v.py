# ---
# id: cwe416-r3-config-name-v
# cwe: CWE-416
# vulnerable: true
# twin: cwe416-r3-config-name-f
# tags: ctypes
# explanation: The string buffer holding the service name is a temporary: after the cast only the raw pointer is kept in the C struct, the buffer is collected, and lib.service_start later reads the name through a dangling pointer.
# ---
import ctypes


class ServiceConfig(ctypes.Structure):
    _fields_ = [("name", ctypes.c_void_p), ("port", ctypes.c_uint16)]


class Service:
    def __init__(self, lib, name: str, port: int):
        self._lib = lib
        self.cfg = ServiceConfig()
        self.cfg.name = ctypes.cast(ctypes.create_string_buffer(name.encode()), ctypes.c_void_p)  #@vuln
        self.cfg.port = port

    def start(self):
        return self._lib.service_start(ctypes.byref(self.cfg))
