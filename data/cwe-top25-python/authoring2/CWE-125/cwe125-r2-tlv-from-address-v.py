# ---
# id: cwe125-r2-tlv-from-address-v
# cwe: CWE-125
# vulnerable: true
# twin: none
# tags: ctypes, asyncio, udp
# explanation: An asyncio UDP collector decodes TLV options from beacons sent by field devices by overlaying ctypes arrays on the datagram with from_address. The loop checks that each option's start lies inside the datagram but not that start plus the option's declared length does, so a short datagram with a large length makes the c_ubyte array read past the end of the bytes object.
# ---
"""Beacon collector for the asset tracking network."""

import asyncio
import ctypes
import logging
from dataclasses import dataclass, field

log = logging.getLogger("tracker.beacons")

OPT_BATTERY = 0x01
OPT_LOCATION = 0x02
OPT_NAME = 0x10


@dataclass
class Beacon:
    device: int
    options: dict = field(default_factory=dict)


def parse_options(datagram: bytes, start: int) -> dict:
    buf = ctypes.create_string_buffer(datagram, len(datagram))
    base = ctypes.addressof(buf)
    options = {}
    pos = start
    while pos + 2 <= len(datagram):
        tag, length = datagram[pos], datagram[pos + 1]
        pos += 2
        value = bytes((ctypes.c_ubyte * length).from_address(base + pos))  #@vuln
        options[tag] = value
        pos += length
    return options


def decode(datagram: bytes) -> Beacon:
    if len(datagram) < 6 or datagram[:2] != b"\xbe\xac":
        raise ValueError("not a beacon")
    device = int.from_bytes(datagram[2:6], "big")
    beacon = Beacon(device=device)
    for tag, value in parse_options(datagram, 6).items():
        if tag == OPT_BATTERY and value:
            beacon.options["battery_pct"] = value[0]
        elif tag == OPT_LOCATION and len(value) == 8:
            beacon.options["lat_e7"] = int.from_bytes(value[:4], "big", signed=True)
            beacon.options["lon_e7"] = int.from_bytes(value[4:], "big", signed=True)
        elif tag == OPT_NAME:
            beacon.options["name"] = value.decode("utf-8", "replace")
    return beacon


class BeaconProtocol(asyncio.DatagramProtocol):
    def __init__(self, sink: asyncio.Queue) -> None:
        self.sink = sink

    def datagram_received(self, data: bytes, addr) -> None:
        try:
            self.sink.put_nowait(decode(data))
        except ValueError:
            log.debug("ignored datagram from %s", addr)
        except asyncio.QueueFull:
            log.warning("beacon queue full, dropping %s", addr)
