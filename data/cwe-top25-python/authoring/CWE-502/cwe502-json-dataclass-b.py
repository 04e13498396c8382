# ---
# id: cwe502-json-dataclass-b
# cwe: CWE-502
# vulnerable: false
# twin: none
# tags: aiohttp, json, dataclasses
# explanation: A webhook receiver deserializes event bodies with json.loads and maps them onto a dataclass by explicit fields. JSON parsing only yields plain values, so the request body cannot trigger object construction or code execution.
# ---
import json
from dataclasses import dataclass
from datetime import datetime

from aiohttp import web


@dataclass(frozen=True)
class PaymentEvent:
    event_id: str
    amount_cents: int
    currency: str
    occurred_at: datetime

    @classmethod
    def from_json(cls, text: str) -> "PaymentEvent":
        raw = json.loads(text)
        return cls(
            event_id=str(raw["id"]),
            amount_cents=int(raw["amount"]),
            currency=str(raw["currency"]).upper()[:3],
            occurred_at=datetime.fromisoformat(raw["created"]),
        )


async def receive(request: web.Request) -> web.Response:
    try:
        event = PaymentEvent.from_json(await request.text())
    except (KeyError, ValueError, TypeError):
        return web.json_response({"error": "malformed event"}, status=400)
    await request.app["queue"].put(event)
    return web.json_response({"accepted": event.event_id}, status=202)
