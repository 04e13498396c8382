# ---
# id: cwe78-mqtt-wifi-f
# cwe: CWE-78
# vulnerable: false
# twin: cwe78-mqtt-wifi-v
# tags: paho-mqtt, subprocess, iot
# explanation: The gateway now calls nmcli via subprocess.run with an argument vector, so the SSID and passphrase are single argv entries that no shell interprets; $(...) or backticks in a provisioning message are passed to nmcli literally.
# ---
import json
import subprocess

import paho.mqtt.client as mqtt

TOPIC = "gateway/+/provision/wifi"


def join_network(ssid, passphrase):
    proc = subprocess.run(
        ["nmcli", "dev", "wifi", "connect", ssid, "password", passphrase, "ifname", "wlan0"], timeout=60
    )
    return proc.returncode


def on_message(client, userdata, msg):
    try:
        payload = json.loads(msg.payload)
    except ValueError:
        return
    rc = join_network(payload["ssid"], payload.get("psk", ""))
    client.publish(msg.topic.replace("provision", "status"), json.dumps({"joined": rc == 0}))


def main():
    client = mqtt.Client(client_id="gw-provisioner")
    client.on_message = on_message
    client.connect("localhost", 1883)
    client.subscribe(TOPIC, qos=1)
    client.loop_forever()


if __name__ == "__main__":
    main()
