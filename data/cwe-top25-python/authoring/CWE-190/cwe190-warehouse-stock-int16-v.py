# ---
# id: cwe190-warehouse-stock-int16-v
# cwe: CWE-190
# vulnerable: true
# twin: cwe190-warehouse-stock-int16-f
# tags: numpy, flask
# explanation: A warehouse service keeps per-bin reserved quantities in a numpy int16 array. Reservation requests add the requested quantity with numpy arithmetic, which wraps silently past 32767; two reservations of 30000 units each make the reserved count wrap to a negative number, so the availability check passes and stock is over-committed.
# ---
"""Bin reservation service for the warehouse floor."""

import numpy as np
from flask import Flask, jsonify, request
from flask_login import login_required

app = Flask(__name__)
BINS = 4096
on_hand = np.zeros(BINS, dtype=np.int16)
reserved = np.zeros(BINS, dtype=np.int16)


def reserve(bin_id: int, quantity: int) -> bool:
    new_reserved = reserved[bin_id] + np.int16(quantity)  #@vuln
    if new_reserved > on_hand[bin_id]:
        return False
    reserved[bin_id] = new_reserved
    return True


@app.post("/bins/<int:bin_id>/reserve")
@login_required
def reserve_endpoint(bin_id):
    if not 0 <= bin_id < BINS:
        return jsonify(error="unknown bin"), 404
    quantity = int(request.get_json()["quantity"])
    if not 0 < quantity <= 30000:
        return jsonify(error="quantity must be between 1 and 30000"), 400
    ok = reserve(bin_id, quantity)
    return jsonify(reserved=bool(ok), available=int(on_hand[bin_id] - reserved[bin_id]))
