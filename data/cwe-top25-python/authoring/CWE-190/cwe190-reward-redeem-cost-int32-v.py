# ---
# id: cwe190-reward-redeem-cost-int32-v
# cwe: CWE-190
# vulnerable: true
# twin: cwe190-reward-redeem-cost-int32-f
# tags: numpy, flask
# explanation: A loyalty service computes the point cost of a redemption as np.int32(reward.cost) * np.int32(quantity). A large quantity wraps the product to a negative number, the "balance >= cost" check passes, and subtracting the negative cost adds points to the member's balance.
# ---
import numpy as np
from flask import Flask, jsonify, request
from flask_login import current_user, login_required

from .rewards import get_reward, issue_vouchers
from .db import db

app = Flask(__name__)


def redemption_cost(unit_cost: int, quantity: int) -> int:
    return int(np.int32(unit_cost) * np.int32(quantity))  #@vuln


@app.post("/rewards/<int:reward_id>/redeem")
@login_required
def redeem(reward_id):
    reward = get_reward(reward_id)
    if reward is None:
        return jsonify(error="unknown reward"), 404
    quantity = int(request.get_json().get("quantity", 1))
    if not 0 < quantity < 2**31:
        return jsonify(error="bad quantity"), 400
    cost = redemption_cost(reward.cost, quantity)
    member = current_user.member
    if member.points < cost:
        return jsonify(error="not enough points"), 400
    member.points -= cost
    issue_vouchers(member, reward, quantity)
    db.session.commit()
    return jsonify(points=member.points)
