# ---
# id: cwe798-mqtt-device-v
# cwe: CWE-798
# vulnerable: true
# twin: cwe798-mqtt-device-f
# tags: paho-mqtt, iot
# explanation: A Python agent on embedded Linux sensor boards connects to the vendor's MQTT broker with a username and password that are identical on every device and written into the script. Extracting them from one device lets an attacker publish fake readings for, or subscribe to, the whole fleet.
# ---
import json
import time

import paho.mqtt.client as mqtt

BROKER = "mqtt.sensors.example.net"
DEVICE_ID = open("/etc/device-id").read().strip()


def read_sensor():
    with open("/sys/bus/iio/devices/iio:device0/in_temp_input") as fh:
        return int(fh.read()) / 1000.0


def main():
    client = mqtt.Client(client_id=DEVICE_ID)
    client.username_pw_set("fleet-device", "Fl33t#Sens0r")  #@vuln
    client.tls_set()
    client.connect(BROKER, 8883, keepalive=60)
    client.loop_start()
    while True:
        payload = {"device": DEVICE_ID, "temp_c": read_sensor(), "ts": int(time.time())}
        client.publish(f"sensors/{DEVICE_ID}/temperature", json.dumps(payload), qos=1)
        time.sleep(30)


if __name__ == "__main__":
    main()
