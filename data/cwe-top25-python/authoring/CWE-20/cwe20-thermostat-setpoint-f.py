# ---
# id: cwe20-thermostat-setpoint-f
# cwe: CWE-20
# vulnerable: false
# twin: cwe20-thermostat-setpoint-v
# tags: paho-mqtt, json
# explanation: The controller now rejects setpoints that are not finite or fall outside the 5..30 C range the boiler supports, logging and ignoring them instead of sending them to the hardware.
# ---
"""MQTT bridge between the mobile app and the boiler controller."""

import json
import logging
import math

import paho.mqtt.client as mqtt

from controller.hardware import Boiler

log = logging.getLogger("thermostat")
boiler = Boiler("/dev/ttyUSB0")
MIN_C, MAX_C = 5.0, 30.0


def parse_command(payload: bytes) -> float:
    msg = json.loads(payload)
    value = float(msg["setpoint_c"])
    if not math.isfinite(value) or not MIN_C <= value <= MAX_C:
        raise ValueError(f"setpoint {value} outside {MIN_C}..{MAX_C}")
    return value


def on_message(client, userdata, message):
    try:
        target = parse_command(message.payload)
    except (ValueError, KeyError, TypeError):
        log.warning("ignoring malformed command on %s", message.topic)
        return
    boiler.set_target(target)
    client.publish("home/boiler/state", json.dumps({"target": target}), retain=True)


def run():
    client = mqtt.Client(client_id="boiler-ctl")
    client.on_message = on_message
    client.connect("localhost", 1883)
    client.subscribe("home/boiler/set")
    client.loop_forever()
