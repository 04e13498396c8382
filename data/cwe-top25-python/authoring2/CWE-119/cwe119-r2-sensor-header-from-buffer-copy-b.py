# ---
# id: cwe119-r2-sensor-header-from-buffer-copy-b
# cwe: CWE-119
# vulnerable: false
# twin: none
# tags: ctypes, socketserver, udp
# explanation: A UDP listener for weather stations overlays ctypes structures on received datagrams using from_buffer_copy, which raises ValueError when the datagram is shorter than the structure, and picks the larger structure only after checking the length. The copies are separate ctypes objects, so field reads and the in-place calibration adjustment stay inside them.
# ---
"""Weather station listener (protocol versions 1 and 2)."""

import ctypes
import logging
import socketserver

log = logging.getLogger("weather.listener")


class ReadingV1(ctypes.LittleEndianStructure):
    _pack_ = 1
    _fields_ = [("version", ctypes.c_uint8), ("station", ctypes.c_uint16), ("temp_c10", ctypes.c_int16),
                ("humidity", ctypes.c_uint8), ("pressure_pa", ctypes.c_uint32)]


class ReadingV2(ctypes.LittleEndianStructure):
    _pack_ = 1
    _fields_ = ReadingV1._fields_ + [("wind_dmps", ctypes.c_uint16), ("wind_dir", ctypes.c_uint16),
                                     ("rain_um", ctypes.c_uint32)]


CALIBRATION = {17: -3, 42: 5}


def parse(datagram: bytes):
    if len(datagram) < 1:
        raise ValueError("empty datagram")
    cls = ReadingV2 if datagram[0] == 2 and len(datagram) >= ctypes.sizeof(ReadingV2) else ReadingV1
    reading = cls.from_buffer_copy(datagram)
    reading.temp_c10 += CALIBRATION.get(reading.station, 0)
    return reading


def to_dict(reading) -> dict:
    out = {name: getattr(reading, name) for name, _ in reading._fields_}
    out["temp_c"] = out.pop("temp_c10") / 10
    return out


class ReadingHandler(socketserver.BaseRequestHandler):
    def handle(self):
        datagram, _sock = self.request
        try:
            reading = parse(datagram)
        except ValueError as exc:
            log.debug("bad datagram from %s: %s", self.client_address[0], exc)
            return
        self.server.sink.append(to_dict(reading))


class ReadingServer(socketserver.ThreadingUDPServer):
    daemon_threads = True

    def __init__(self, address, sink: list):
        super().__init__(address, ReadingHandler)
        self.sink = sink


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    with ReadingServer(("0.0.0.0", 5140), sink=[]) as server:
        server.serve_forever()
