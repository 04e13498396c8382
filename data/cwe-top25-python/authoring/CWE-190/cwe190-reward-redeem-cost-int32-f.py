# ---
# id: cwe190-reward-redeem-cost-int32-f
# cwe: CWE-190
# vulnerable: false
# twin: cwe190-reward-redeem-cost-int32-v
# tags: numpy, flask
# explanation: The cost is now computed with Python ints, which never wrap, and quantities are limited to 1..100 per redemption, so the cost is always the true, positive number of points and the balance check is meaningful.
# ---
import numpy as np
from flask import Flask, jsonify, request
from flask_login import current_user, login_required

from .rewards import get_reward, issue_vouchers
from .db import db

app = Flask(__name__)


def redemption_cost(unit_cost: int, quantity: int) -> int:
    return int(unit_cost) * int(quantity)


@app.post("/rewards/<int:reward_id>/redeem")
@login_required
def redeem(reward_id):
    reward = get_reward(reward_id)
    if reward is None:
        return jsonify(error="unknown reward"), 404
    quantity = int(request.get_json().get("quantity", 1))
    if not 0 < quantity <= 100:
        return jsonify(error="bad quantity"), 400
    cost = redemption_cost(reward.cost, quantity)
    member = current_user.member
    if member.points < cost:
        return jsonify(error="not enough points"), 400
    member.points -= cost
    issue_vouchers(member, reward, quantity)
    db.session.commit()
    return jsonify(points=member.points)
