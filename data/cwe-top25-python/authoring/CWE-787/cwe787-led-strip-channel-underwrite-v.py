# ---
# id: cwe787-led-strip-channel-underwrite-v
# cwe: CWE-787
# vulnerable: true
# twin: cwe787-led-strip-channel-underwrite-f
# tags: ctypes, paho-mqtt
# explanation: A stage-lighting bridge writes DMX channel values into a 512-byte universe buffer owned by a C driver, through a ctypes POINTER. Channel numbers in the MQTT command are 1-based and converted with channel - 1, with only an upper-bound check, so channel 0 (or any negative channel) writes before the start of the driver's buffer.
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
        if channel > CHANNELS:
            continue
        frame[channel - 1] = max(0, min(int(value), 255))  #@vuln
    dmx.dmx_commit(universe)


def on_message(client, userdata, msg):
    cmd = json.loads(msg.payload)
    apply_levels(int(cmd.get("universe", 0)), cmd.get("levels", {}))
