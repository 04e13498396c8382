# ---
# id: cwe20-r2-mqtt-thermostat-setpoint-v
# cwe: CWE-20
# vulnerable: true
# twin: cwe20-r2-mqtt-thermostat-setpoint-f
# tags: paho-mqtt, iot, json
# explanation: An IoT gateway subscribes to setpoint commands that the tenant mobile app publishes and forwards the requested temperature to the boiler controller. The value is only converted to float, so "nan", "inf", -40 or 95 are passed through to the hardware, which can run the heating flat out or disable frost protection.
# ---
import json
import logging
import time

import paho.mqtt.client as mqtt

from gateway.boiler import BoilerController

log = logging.getLogger("gateway.thermostat")

BROKER = "mqtt.local"
TOPIC = "building/+/thermostat/set"
STATE_TOPIC = "building/{zone}/thermostat/state"

boiler = BoilerController("/dev/ttyUSB0", baudrate=19200)


def zone_from_topic(topic):
    parts = topic.split("/")
    return parts[1] if len(parts) == 4 else None


def publish_state(client, zone, setpoint):
    payload = json.dumps({"zone": zone, "setpoint": setpoint, "ts": int(time.time())})
    client.publish(STATE_TOPIC.format(zone=zone), payload, qos=1, retain=True)


def on_message(client, userdata, msg):
    zone = zone_from_topic(msg.topic)
    if zone is None or zone not in boiler.zones():
        log.warning("ignoring setpoint for unknown topic %s", msg.topic)
        return
    try:
        command = json.loads(msg.payload)
        setpoint = float(command["celsius"])
    except (ValueError, KeyError, TypeError):
        log.warning("malformed setpoint command on %s", msg.topic)
        return
    boiler.set_target(zone, setpoint)  #@vuln
    publish_state(client, zone, setpoint)
    log.info("zone %s setpoint -> %.1f C", zone, setpoint)


def on_connect(client, userdata, flags, rc):
    if rc != 0:
        log.error("broker refused connection: %s", rc)
        return
    client.subscribe(TOPIC, qos=1)


def main():
    client = mqtt.Client(client_id="gateway-thermostat")
    client.tls_set("/etc/gateway/ca.pem")
    client.username_pw_set("gateway", open("/etc/gateway/mqtt.pass").read().strip())
    client.on_connect = on_connect
    client.on_message = on_message
    client.connect(BROKER, 8883, keepalive=30)
    client.loop_forever()


if __name__ == "__main__":
    main()
