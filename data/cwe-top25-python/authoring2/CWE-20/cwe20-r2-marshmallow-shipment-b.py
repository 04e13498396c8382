# ---
# id: cwe20-r2-marshmallow-shipment-b
# cwe: CWE-20
# vulnerable: false
# twin: none
# tags: flask, marshmallow, blueprint
# explanation: A logistics blueprint loads shipment requests through a marshmallow schema with Range, Length, OneOf and Regexp validators and a schema-level check that the delivery window ends after it starts; unknown fields are rejected. The view only uses the loaded data, so negative weights, impossible dimensions or inverted windows are answered with 422 instead of being priced.
# ---
import logging

from flask import Blueprint, jsonify, request
from flask_login import current_user, login_required
from marshmallow import RAISE, Schema, ValidationError, fields, validate, validates_schema

from .pricing import quote_shipment
from .models import Shipment, db

shipments = Blueprint("shipments", __name__, url_prefix="/api/shipments")
log = logging.getLogger(__name__)

SERVICES = ("economy", "standard", "express")


class Dimensions(Schema):
    length_cm = fields.Float(required=True, validate=validate.Range(min=1, max=300))
    width_cm = fields.Float(required=True, validate=validate.Range(min=1, max=300))
    height_cm = fields.Float(required=True, validate=validate.Range(min=1, max=300))


class ShipmentSchema(Schema):
    class Meta:
        unknown = RAISE

    weight_kg = fields.Float(required=True, validate=validate.Range(min=0.01, max=70))
    dimensions = fields.Nested(Dimensions, required=True)
    service = fields.String(load_default="standard", validate=validate.OneOf(SERVICES))
    postcode = fields.String(required=True, validate=validate.Regexp(r"^[A-Z0-9 ]{3,10}$"))
    reference = fields.String(load_default="", validate=validate.Length(max=35))
    window_start = fields.DateTime(required=True)
    window_end = fields.DateTime(required=True)

    @validates_schema
    def window_order(self, data, **kwargs):
        if data["window_end"] <= data["window_start"]:
            raise ValidationError("window_end must be after window_start", "window_end")


schema = ShipmentSchema()


@shipments.post("/")
@login_required
def create_shipment():
    try:
        data = schema.load(request.get_json(force=True, silent=True) or {})
    except ValidationError as err:
        return jsonify(errors=err.messages), 422
    price = quote_shipment(data["weight_kg"], data["dimensions"], data["service"], data["postcode"])
    shipment = Shipment(owner_id=current_user.id, price=price, **data)
    db.session.add(shipment)
    db.session.commit()
    log.info("shipment %s booked by %s at %s", shipment.id, current_user.id, price)
    return jsonify(id=shipment.id, price=str(price)), 201
