# ---
# id: cwe20-thermostat-setpoint-v
# cwe: CWE-20
# vulnerable: true
# twin: cwe20-thermostat-setpoint-f
# tags: paho-mqtt, json
# explanation: A boiler controller subscribes to an MQTT topic that the mobile app publishes setpoints to and applies the received temperature directly to the heating relay controller. There is no range check, so a message with setpoint 300 or -40 drives the boiler far outside its safe operating range.
# ---
"""MQTT bridge between the mobile app and the boiler controller."""

import json
import logging

import paho.mqtt.client as mqtt

from controller.hardware import Boiler

log = logging.getLogger("thermostat")
boiler = Boiler("/dev/ttyUSB0")


def parse_command(payload: bytes) -> float:
    msg = json.loads(payload)
    return float(msg["setpoint_c"])


def on_message(client, userdata, message):
    try:
        target = parse_command(message.payload)
    except (ValueError, KeyError, TypeError):
        log.warning("ignoring malformed command on %s", message.topic)
        return
    boiler.set_target(target)  #@vuln
    client.publish("home/boiler/state", json.dumps({"target": target}), retain=True)


def run():
    client = mqtt.Client(client_id="boiler-ctl")
    client.on_message = on_message
    client.connect("localhost", 1883)
    client.subscribe("home/boiler/set")
    client.loop_forever()
