# ---
# id: cwe476-r2-plc-tag-handle-null-f
# cwe: CWE-476
# vulnerable: false
# twin: cwe476-r2-plc-tag-handle-null-v
# tags: ctypes, mqtt, paho, iot
# explanation: read_tag now checks the handle returned by plc_tag_find and raises KeyError for unknown tags, which the message handler reports as a missing value, so a NULL handle is never passed to plc_tag_read.
# ---
"""MQTT <-> PLC tag bridge for the packaging line."""

import ctypes
import json
import logging

import paho.mqtt.client as mqtt

log = logging.getLogger("plcbridge")

_plc = ctypes.CDLL("libplctags.so")
_plc.plc_tag_find.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
_plc.plc_tag_find.restype = ctypes.c_void_p
_plc.plc_tag_read.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_double), ctypes.c_int]
_plc.plc_tag_read.restype = ctypes.c_int

READ_TIMEOUT_MS = 500
REPLY_TOPIC = "line4/plc/values"


class TagBridge:
    def __init__(self, controller: int, client: mqtt.Client) -> None:
        self.controller = controller
        self.client = client

    def read_tag(self, name: str) -> float:
        handle = _plc.plc_tag_find(self.controller, name.encode("ascii"))
        if not handle:
            raise KeyError(f"unknown tag {name}")
        value = ctypes.c_double()
        rc = _plc.plc_tag_read(handle, ctypes.byref(value), READ_TIMEOUT_MS)
        if rc != 0:
            raise TimeoutError(f"reading {name} failed with {rc}")
        return value.value

    def on_message(self, client, userdata, msg) -> None:
        try:
            request = json.loads(msg.payload)
            names = [str(n) for n in request["tags"]][:32]
        except (ValueError, KeyError, TypeError):
            log.warning("ignoring malformed command on %s", msg.topic)
            return
        values = {}
        for name in names:
            try:
                values[name] = self.read_tag(name)
            except (KeyError, TimeoutError, UnicodeEncodeError) as exc:
                values[name] = None
                log.info("tag %s: %s", name, exc)
        client.publish(REPLY_TOPIC, json.dumps({"id": request.get("id"), "values": values}), qos=1)


def run(controller: int, broker: str) -> None:
    client = mqtt.Client(client_id="plcbridge-line4")
    bridge = TagBridge(controller, client)
    client.on_message = bridge.on_message
    client.connect(broker, 1883)
    client.subscribe("line4/plc/read", qos=1)
    client.loop_forever()
