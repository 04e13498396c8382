# ---
# id: cwe798-mqtt-device-f
# cwe: CWE-798
# vulnerable: false
# twin: cwe798-mqtt-device-v
# tags: paho-mqtt, iot
# explanation: Devices now authenticate to the broker with a per-device client certificate provisioned at manufacturing into /etc/device-certs, instead of a fleet-wide username and password in the script; compromising one device no longer exposes a credential valid for all.
# ---
import json
import time

import paho.mqtt.client as mqtt

BROKER = "mqtt.sensors.example.net"
DEVICE_ID = open("/etc/device-id").read().strip()
CERT_DIR = "/etc/device-certs"


def read_sensor():
    with open("/sys/bus/iio/devices/iio:device0/in_temp_input") as fh:
        return int(fh.read()) / 1000.0


def main():
    client = mqtt.Client(client_id=DEVICE_ID)
    client.tls_set(
        ca_certs=f"{CERT_DIR}/ca.pem",
        certfile=f"{CERT_DIR}/device.pem",
        keyfile=f"{CERT_DIR}/device.key",
    )
    client.connect(BROKER, 8883, keepalive=60)
    client.loop_start()
    while True:
        payload = {"device": DEVICE_ID, "temp_c": read_sensor(), "ts": int(time.time())}
        client.publish(f"sensors/{DEVICE_ID}/temperature", json.dumps(payload), qos=1)
        time.sleep(30)


if __name__ == "__main__":
    main()
