# ---
# id: cwe798-r2-mqtt-sensor-bridge-v
# cwe: CWE-798
# vulnerable: true
# twin: none
# tags: paho-mqtt, asyncio, iot
# explanation: An asyncio bridge on a greenhouse gateway reads sensor values from a serial queue and publishes them to the vendor's MQTT broker. The broker user and password are built into the firmware script as literals, so every gateway shares one credential that can be read out of any device and used to publish or subscribe as any gateway.
# ---
import asyncio
import json
import logging
import ssl
import time

import paho.mqtt.client as mqtt

log = logging.getLogger("bridge")

BROKER = "mqtt.greenhouse-cloud.example"
PORT = 8883
TOPIC = "gh/{gateway}/sensors/{sensor}"


class SensorBridge:
    def __init__(self, gateway_id: str, queue: "asyncio.Queue[dict]"):
        self.gateway_id = gateway_id
        self.queue = queue
        self.client = mqtt.Client(client_id=f"gw-{gateway_id}", clean_session=False)
        self.client.username_pw_set("gateway", "gr33nh0use-fleet")  #@vuln
        self.client.tls_set(cert_reqs=ssl.CERT_REQUIRED)
        self.client.on_disconnect = self._on_disconnect

    def _on_disconnect(self, client, userdata, rc):
        if rc != 0:
            log.warning("broker connection lost (rc=%s), paho will reconnect", rc)

    def start(self) -> None:
        self.client.connect_async(BROKER, PORT, keepalive=60)
        self.client.loop_start()

    def publish(self, reading: dict) -> None:
        topic = TOPIC.format(gateway=self.gateway_id, sensor=reading["sensor"])
        body = json.dumps({"v": reading["value"], "unit": reading.get("unit"), "ts": reading.get("ts", time.time())})
        info = self.client.publish(topic, body, qos=1)
        if info.rc != mqtt.MQTT_ERR_SUCCESS:
            log.error("publish to %s failed: %s", topic, mqtt.error_string(info.rc))

    async def run(self) -> None:
        self.start()
        while True:
            reading = await self.queue.get()
            try:
                self.publish(reading)
            except (KeyError, TypeError) as exc:
                log.warning("dropping malformed reading %r: %s", reading, exc)
            finally:
                self.queue.task_done()


async def main(gateway_id: str, source) -> None:
    queue: asyncio.Queue = asyncio.Queue(maxsize=1000)
    bridge = SensorBridge(gateway_id, queue)
    producer = asyncio.create_task(source.feed(queue))
    await asyncio.gather(producer, bridge.run())
