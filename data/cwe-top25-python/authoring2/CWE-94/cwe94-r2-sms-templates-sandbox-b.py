# ---
# id: cwe94-r2-sms-templates-sandbox-b
# cwe: CWE-94
# vulnerable: false
# twin: none
# tags: jinja2, celery
# explanation: A Celery task renders shop-owner-authored SMS templates (editable in the dashboard) with jinja2's SandboxedEnvironment, which refuses access to dunder attributes and other unsafe internals at render time; only a plain dict of order fields is passed as context, so a template can format text but cannot run code on the worker.
# ---
import logging
from typing import Dict

from celery import shared_task
from jinja2 import TemplateError
from jinja2.sandbox import SandboxedEnvironment

from shops.models import Order, SmsTemplate
from shops.sms import gateway

log = logging.getLogger(__name__)

MAX_SMS = 480
sandbox = SandboxedEnvironment(autoescape=False, trim_blocks=True)
sandbox.filters["money"] = lambda cents: f"{int(cents) / 100:.2f}"


def order_context(order: Order) -> Dict[str, object]:
    return {
        "customer": order.customer_first_name,
        "number": order.number,
        "total_cents": order.total_cents,
        "status": order.get_status_display(),
        "eta": order.eta.strftime("%d %b") if order.eta else None,
        "shop": order.shop.name,
    }


def render_sms(source: str, context: Dict[str, object]) -> str:
    text = sandbox.from_string(source).render(**context)
    text = " ".join(text.split())
    return text[:MAX_SMS]


@shared_task(autoretry_for=(ConnectionError,), retry_backoff=True, max_retries=5)
def send_status_sms(order_id: int, event: str) -> bool:
    order = Order.objects.select_related("shop").get(pk=order_id)
    if not order.customer_phone:
        return False
    template = SmsTemplate.objects.filter(shop=order.shop, event=event, enabled=True).first()
    if template is None:
        log.debug("shop %s has no %s template", order.shop_id, event)
        return False
    try:
        body = render_sms(template.body, order_context(order))
    except TemplateError as exc:
        log.warning("template %s failed: %s", template.pk, exc)
        return False
    gateway.send(to=order.customer_phone, body=body, sender=order.shop.sms_sender)
    log.info("sms %s sent for order %s", event, order.number)
    return True
