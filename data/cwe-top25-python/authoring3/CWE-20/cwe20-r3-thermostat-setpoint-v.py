# ---
# id: cwe20-r3-thermostat-setpoint-v
# cwe: CWE-20
# vulnerable: true
# twin: none
# tags: paho-mqtt
# explanation: An IoT gateway takes heating setpoints from an MQTT topic that the mobile app publishes to and forwards float(payload) to the boiler controller. Nothing checks the value, so "nan", "1e6" or "-40" is sent to the hardware.
# ---
import logging

log = logging.getLogger("gateway")


def on_setpoint(client, userdata, msg):
    zone = msg.topic.rsplit("/", 1)[-1]
    try:
        target = float(msg.payload.decode("ascii"))  #@vuln
    except (UnicodeDecodeError, ValueError):
        log.warning("bad setpoint payload on %s", msg.topic)
        return
    userdata.controller.set_target(zone, target)
    client.publish("home/heating/%s/ack" % zone, str(target), qos=1)
