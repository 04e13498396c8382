# ---
# id: cwe400-modexp-demo-f
# cwe: CWE-400
# vulnerable: false
# twin: cwe400-modexp-demo-v
# tags: flask
# explanation: The endpoint now rejects exponents above 10,000 and bases above 10**6, so the largest result has at most about 60,000 digits and each request does a small, bounded amount of work.
# ---
from flask import Flask, jsonify, request

app = Flask(__name__)


def parse_operand(name, default):
    raw = request.args.get(name, default)
    try:
        return int(raw)
    except ValueError:
        return None


@app.get("/api/power")
def power():
    base = parse_operand("base", "2")
    exponent = parse_operand("exp", "10")
    if base is None or exponent is None or exponent < 0:
        return jsonify(error="base and exp must be non-negative integers"), 400
    if exponent > 10_000 or abs(base) > 10**6:
        return jsonify(error="exp must be at most 10000 and |base| at most 1000000"), 400
    result = pow(base, exponent)
    text = str(result)
    return jsonify(digits=len(text), value=text if len(text) < 200 else text[:200] + "...")
