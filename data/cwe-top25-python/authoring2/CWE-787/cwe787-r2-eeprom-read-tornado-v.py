# ---
# id: cwe787-r2-eeprom-read-tornado-v
# cwe: CWE-787
# vulnerable: true
# twin: cwe787-r2-eeprom-read-tornado-f
# tags: tornado, ctypes, i2c
# explanation: A Tornado handler on an IoT gateway dumps EEPROM contents over HTTP through a native I2C helper that fills a caller-supplied buffer. The handler reuses a 256-byte ctypes page buffer but passes the client's requested length to the native read, so a length above 256 makes the library write past the end of the buffer.
# ---
"""Maintenance API for the gateway's configuration EEPROM."""

import ctypes
import logging

import tornado.web

log = logging.getLogger("gateway.eeprom")

PAGE_SIZE = 256
EEPROM_SIZE = 32 * 1024

_i2c = ctypes.CDLL("libgwi2c.so")
_i2c.eeprom_read.argtypes = [ctypes.c_int, ctypes.c_uint16, ctypes.c_void_p, ctypes.c_size_t]
_i2c.eeprom_read.restype = ctypes.c_int


class EepromDevice:
    def __init__(self, bus: int, address: int) -> None:
        self.bus = bus
        self.address = address
        self.handle = _i2c.eeprom_open(bus, address)
        if self.handle < 0:
            raise OSError(f"cannot open EEPROM at {bus}:{address:#x}")
        self._page = ctypes.create_string_buffer(PAGE_SIZE)

    def read(self, offset: int, length: int) -> bytes:
        if offset < 0 or length <= 0 or offset + length > EEPROM_SIZE:
            raise ValueError("range outside the EEPROM")
        rc = _i2c.eeprom_read(self.handle, offset, self._page, length)  #@vuln
        if rc < 0:
            raise OSError(f"eeprom_read failed with {rc}")
        return self._page.raw[:rc]


class EepromHandler(tornado.web.RequestHandler):
    def initialize(self, device: EepromDevice) -> None:
        self.device = device

    @tornado.web.authenticated
    def get(self) -> None:
        try:
            offset = int(self.get_argument("offset", "0"), 0)
            length = int(self.get_argument("length", str(PAGE_SIZE)), 0)
            data = self.device.read(offset, length)
        except ValueError as exc:
            raise tornado.web.HTTPError(400, reason=str(exc))
        except OSError:
            log.exception("EEPROM read failed")
            raise tornado.web.HTTPError(503)
        self.set_header("Content-Type", "application/octet-stream")
        self.set_header("X-Eeprom-Offset", str(offset))
        self.write(data)


def routes(device: EepromDevice):
    return [(r"/maint/eeprom", EepromHandler, {"device": device})]
