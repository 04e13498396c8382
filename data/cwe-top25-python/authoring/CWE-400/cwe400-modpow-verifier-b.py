# ---
# id: cwe400-modpow-verifier-b
# cwe: CWE-400
# vulnerable: false
# twin: none
# tags: flask
# explanation: A challenge-verification endpoint computes pow(g, x, p) with client-supplied integers. Three-argument pow is modular exponentiation whose cost grows with the bit length, and the handler caps every operand at 4096 bits, so the work per request is small and bounded.
# ---
from flask import Flask, jsonify, request

from .params import GROUP_P, GROUP_G

app = Flask(__name__)
MAX_BITS = 4096


def read_int(payload, key):
    value = payload.get(key)
    if not isinstance(value, str) or len(value) > MAX_BITS // 4 + 2:
        return None
    try:
        number = int(value, 16)
    except ValueError:
        return None
    return number if 0 < number.bit_length() <= MAX_BITS else None


@app.post("/api/challenge/verify")
def verify():
    data = request.get_json(silent=True) or {}
    x = read_int(data, "x")
    expected = read_int(data, "y")
    if x is None or expected is None:
        return jsonify(error="x and y must be hex integers up to 4096 bits"), 400
    return jsonify(ok=pow(GROUP_G, x, GROUP_P) == expected)
