# ---
# id: cwe20-payout-marshmallow-b
# cwe: CWE-20
# vulnerable: false
# twin: none
# tags: flask, marshmallow, decimal
# explanation: Payout requests are loaded through a marshmallow schema that restricts currency to the codes the rate table supports (OneOf) and the amount to a positive Decimal with at most two places and a ceiling. The conversion then indexes the rate table directly, so an unknown currency can never fall back to a default rate.
# ---
from decimal import Decimal

from flask import Flask, jsonify, request
from flask_login import current_user, login_required
from marshmallow import Schema, ValidationError, fields, validate

from .rates import RATES
from .payouts import schedule_payout

app = Flask(__name__)


class PayoutSchema(Schema):
    currency = fields.String(required=True, validate=validate.OneOf(sorted(RATES)))
    amount_usd = fields.Decimal(required=True, places=2, validate=validate.Range(min=Decimal("1.00"), max=Decimal("50000")))


@app.post("/payouts")
@login_required
def payout():
    try:
        data = PayoutSchema().load(request.get_json() or {})
    except ValidationError as err:
        return jsonify(errors=err.messages), 422
    if data["amount_usd"] > current_user.available_usd:
        return jsonify(error="amount exceeds available balance"), 400
    amount = (data["amount_usd"] * RATES[data["currency"]]).quantize(Decimal("0.01"))
    payout_id = schedule_payout(current_user.id, amount, data["currency"])
    return jsonify(payout_id=payout_id, amount=str(amount))
