# ---
# id: cwe352-transfer-csrf-exempt-v
# cwe: CWE-352
# vulnerable: true
# twin: cwe352-transfer-csrf-exempt-f
# tags: flask, flask-wtf, flask-login
# explanation: The wallet app protects forms with CSRFProtect but exempts the transfer endpoint with @csrf.exempt so a legacy JavaScript widget can post to it. The endpoint is authenticated only by the session cookie, so a cross-site form can move money out of a logged-in victim's wallet.
# ---
from decimal import Decimal, InvalidOperation

from flask import Blueprint, jsonify, request
from flask_login import current_user, login_required

from .extensions import csrf
from .ledger import InsufficientFunds, transfer

wallet = Blueprint("wallet", __name__)


def parse_amount(raw):
    try:
        amount = Decimal(raw).quantize(Decimal("0.01"))
    except (InvalidOperation, TypeError):
        return None
    return amount if amount > 0 else None


@wallet.post("/wallet/transfer")
@csrf.exempt  #@vuln
@login_required
def send_money():
    amount = parse_amount(request.form.get("amount"))
    recipient = request.form.get("to", "").strip()
    if amount is None or not recipient:
        return jsonify(error="amount and recipient are required"), 400
    try:
        receipt = transfer(current_user.wallet_id, recipient, amount)
    except InsufficientFunds:
        return jsonify(error="insufficient funds"), 409
    return jsonify(receipt=receipt.id)
