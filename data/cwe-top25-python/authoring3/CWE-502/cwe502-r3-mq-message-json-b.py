# ---
# id: cwe502-r3-mq-message-json-b
# cwe: CWE-502
# vulnerable: false
# twin: none
# tags: json, pika
# explanation: A RabbitMQ consumer callback decodes message bodies with json.loads and checks the fields it needs. JSON decoding yields plain data only, so a message from any publisher cannot build objects or run code.
# ---
import json
import logging

log = logging.getLogger(__name__)


def on_message(channel, method, properties, body):
    try:
        msg = json.loads(body)
        order_id = int(msg["order_id"])
    except (ValueError, KeyError, TypeError):
        log.warning("dropping malformed message %r", body[:100])
        channel.basic_ack(method.delivery_tag)
        return
    fulfil_order(order_id, msg.get("items", []))
    channel.basic_ack(method.delivery_tag)
