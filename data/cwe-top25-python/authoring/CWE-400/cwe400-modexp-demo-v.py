# ---
# id: cwe400-modexp-demo-v
# cwe: CWE-400
# vulnerable: true
# twin: cwe400-modexp-demo-f
# tags: flask
# explanation: A teaching site exposes an endpoint that evaluates base**exponent for the student's numbers using Python's arbitrary-precision ints. The exponent is unbounded, so exponent=10**9 makes the server compute and format a number with hundreds of millions of digits, consuming CPU and memory for minutes.
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
    result = pow(base, exponent)  #@vuln
    text = str(result)
    return jsonify(digits=len(text), value=text if len(text) < 200 else text[:200] + "...")
