# ---
# id: cwe476-r2-shipment-blueprint-none-checks-b
# cwe: CWE-476
# vulnerable: false
# twin: none
# tags: flask, flask-sqlalchemy
# explanation: A Flask blueprint for shipment tracking looks up rows with first_or_404 and db.session.get, reads optional headers with defaults, and checks the carrier relationship, which may be empty, before using its attributes. Every value that can be None is tested or defaulted before an attribute is read, so missing rows and optional data produce 404 responses or defaults rather than exceptions.
# ---
"""Shipment tracking endpoints."""

import logging

from flask import Blueprint, abort, g, jsonify, request

from logistics.extensions import db
from logistics.models import Carrier, Shipment, TrackingEvent

bp = Blueprint("shipments", __name__, url_prefix="/shipments")
log = logging.getLogger(__name__)

DEFAULT_LOCALE = "en"


def event_json(event: TrackingEvent) -> dict:
    return {
        "at": event.occurred_at.isoformat(),
        "code": event.code,
        "location": event.location or "",
    }


@bp.get("/<string:tracking_no>")
def show(tracking_no: str):
    shipment = Shipment.query.filter_by(tracking_no=tracking_no, account_id=g.account.id).first_or_404()
    locale = request.headers.get("Accept-Language", DEFAULT_LOCALE).split(",")[0].strip() or DEFAULT_LOCALE
    carrier = shipment.carrier
    latest = shipment.events.order_by(TrackingEvent.occurred_at.desc()).first()
    return jsonify(
        tracking_no=shipment.tracking_no,
        status=shipment.status_label(locale),
        carrier=carrier.name if carrier is not None else None,
        carrier_url=carrier.tracking_url(shipment.tracking_no) if carrier is not None else None,
        latest=event_json(latest) if latest is not None else None,
    )


@bp.post("/<string:tracking_no>/carrier")
def assign_carrier(tracking_no: str):
    shipment = Shipment.query.filter_by(tracking_no=tracking_no, account_id=g.account.id).first_or_404()
    body = request.get_json(silent=True) or {}
    carrier_id = body.get("carrier_id")
    if not isinstance(carrier_id, int):
        abort(400, description="carrier_id must be an integer")
    carrier = db.session.get(Carrier, carrier_id)
    if carrier is None or not carrier.active:
        abort(404, description="unknown carrier")
    shipment.carrier = carrier
    db.session.commit()
    log.info("shipment %s assigned to %s", shipment.tracking_no, carrier.code)
    return jsonify(tracking_no=shipment.tracking_no, carrier=carrier.name)
