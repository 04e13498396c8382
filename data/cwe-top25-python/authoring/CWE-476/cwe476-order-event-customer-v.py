# ---
# id: cwe476-order-event-customer-v
# cwe: CWE-476
# vulnerable: true
# twin: cwe476-order-event-customer-f
# tags: kafka, json
# explanation: An order-events consumer reads event.get("customer")["id"] from each message. Guest checkouts are published without a customer object, so get returns None and subscripting it raises TypeError; the consumer crashes and keeps re-reading the same message, stalling the partition.
# ---
import json

from kafka import KafkaConsumer

from .crm import bump_lifetime_value, record_guest_order


def handle(event: dict) -> None:
    total = int(event["total_cents"])
    customer_id = event.get("customer")["id"]  #@vuln
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
