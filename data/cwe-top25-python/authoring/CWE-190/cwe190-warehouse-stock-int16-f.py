# ---
# id: cwe190-warehouse-stock-int16-f
# cwe: CWE-190
# vulnerable: false
# twin: cwe190-warehouse-stock-int16-v
# tags: numpy, flask
# explanation: reserve() now does the arithmetic with Python ints, which cannot wrap, and refuses results above the int16 range before storing them, so a huge request is rejected instead of turning the reserved count negative.
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
    new_reserved = int(reserved[bin_id]) + quantity
    if new_reserved > int(on_hand[bin_id]) or new_reserved > np.iinfo(np.int16).max:
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
