# ---
# id: cwe787-led-strip-channel-underwrite-f
# cwe: CWE-787
# vulnerable: false
# twin: cwe787-led-strip-channel-underwrite-v
# tags: ctypes, paho-mqtt
# explanation: apply_levels() now skips channels outside 1..512 at both ends, so channel - 1 is always a valid index into the 512-byte universe and nothing is written before or after the driver's buffer.
# ---
import ctypes
import json

import paho.mqtt.client as mqtt

dmx = ctypes.CDLL("libdmxout.so")
dmx.dmx_universe.restype = ctypes.POINTER(ctypes.c_uint8)
dmx.dmx_universe.argtypes = [ctypes.c_int]
dmx.dmx_commit.argtypes = [ctypes.c_int]
CHANNELS = 512


def apply_levels(universe: int, levels: dict) -> None:
    frame = dmx.dmx_universe(universe)
    if not frame:
        return
    for channel, value in levels.items():
        channel = int(channel)
        if not 1 <= channel <= CHANNELS:
            continue
        frame[channel - 1] = max(0, min(int(value), 255))
    dmx.dmx_commit(universe)


def on_message(client, userdata, msg):
    cmd = json.loads(msg.payload)
    apply_levels(int(cmd.get("universe", 0)), cmd.get("levels", {}))
