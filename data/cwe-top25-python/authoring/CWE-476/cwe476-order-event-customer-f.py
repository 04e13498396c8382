# ---
# id: cwe476-order-event-customer-f
# cwe: CWE-476
# vulnerable: false
# twin: cwe476-order-event-customer-v
# tags: kafka, json
# explanation: handle() now treats a missing customer object as a guest order ((event.get("customer") or {}).get("id")), so guest checkouts are recorded instead of crashing the consumer.
# ---
import json

from kafka import KafkaConsumer

from .crm import bump_lifetime_value, record_guest_order


def handle(event: dict) -> None:
    total = int(event["total_cents"])
    customer_id = (event.get("customer") or {}).get("id")
    if customer_id:
        bump_lifetime_value(customer_id, total)
    else:
        record_guest_order(event["order_id"], total)


def run():
    consumer = KafkaConsumer(
        "orders.completed",
        bootstrap_servers="kafka:9092",
        group_id="crm-ltv",
        enable_auto_commit=False,
        value_deserializer=lambda b: json.loads(b.decode("utf-8")),
    )
    for msg in consumer:
        handle(msg.value)
        consumer.commit()
