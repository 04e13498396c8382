# ---
# id: cwe20-bill-split-shares-v
# cwe: CWE-20
# vulnerable: true
# twin: cwe20-bill-split-shares-f
# tags: flask
# explanation: A group-expense app splits a bill according to percentage shares posted by the payer. The shares are only converted to Decimal and never checked to be non-negative or to sum to 100, so a payer can assign another member 150% or give themselves -50%, charging friends more than the bill.
# ---
from decimal import Decimal

from flask import Flask, jsonify, request
from flask_login import current_user, login_required

from .ledger import get_group, post_debts

app = Flask(__name__)


def debts_for(total_cents: int, shares: dict) -> dict:
    return {member: int(total_cents * Decimal(pct) / 100) for member, pct in shares.items()}


@app.post("/groups/<int:group_id>/bills")
@login_required
def split_bill(group_id):
    group = get_group(group_id, member=current_user)
    data = request.get_json()
    total_cents = int(data["total_cents"])
    shares = {m: Decimal(str(p)) for m, p in data["shares"].items() if m in group.member_ids}  #@vuln
    debts = debts_for(total_cents, shares)
    post_debts(group, payer=current_user.id, debts=debts, memo=data.get("memo", "")[:200])
    return jsonify(debts=debts)
