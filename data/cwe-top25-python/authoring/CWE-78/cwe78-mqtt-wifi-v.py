# ---
# id: cwe78-mqtt-wifi-v
# cwe: CWE-78
# vulnerable: true
# twin: cwe78-mqtt-wifi-f
# tags: paho-mqtt, os, iot
# explanation: An IoT gateway listens on an MQTT topic for Wi-Fi provisioning messages and joins the network with nmcli via os.system, putting the SSID and passphrase inside double quotes. Double quotes still allow $(...) and backticks, so whoever can publish to the topic runs commands as root on the gateway.
# ---
import json
import os

import paho.mqtt.client as mqtt

TOPIC = "gateway/+/provision/wifi"


def join_network(ssid, passphrase):
    return os.system(f'nmcli dev wifi connect "{ssid}" password "{passphrase}" ifname wlan0')  #@vuln


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
