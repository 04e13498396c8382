# ---
# id: cwe20-bill-split-shares-f
# cwe: CWE-20
# vulnerable: false
# twin: cwe20-bill-split-shares-v
# tags: flask
# explanation: The handler now requires every share to be between 0 and 100 and the shares to add up to exactly 100, and rejects the bill otherwise, so no member can be charged more than the bill or given a negative share.
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
    shares = {m: Decimal(str(p)) for m, p in data["shares"].items() if m in group.member_ids}
    if any(not 0 <= p <= 100 for p in shares.values()) or sum(shares.values()) != 100:
        return jsonify(error="shares must be between 0 and 100 and add up to 100"), 400
    debts = debts_for(total_cents, shares)
    post_debts(group, payer=current_user.id, debts=debts, memo=data.get("memo", "")[:200])
    return jsonify(debts=debts)
