# ---
# id: cwe400-retry-demo-sleep-f
# cwe: CWE-400
# vulnerable: false
# twin: cwe400-retry-demo-sleep-v
# tags: flask, time
# explanation: simulated_latency() now clamps the delay to at most 5 seconds (and treats NaN as zero), so one request can hold a worker for a few seconds at most.
# ---
import math
import random
import time

from flask import Flask, jsonify, request

app = Flask(__name__)
MAX_DELAY = 5.0


def simulated_latency(args) -> float:
    try:
        value = float(args.get("delay", "0"))
    except ValueError:
        return 0.0
    if math.isnan(value):
        return 0.0
    return min(max(value, 0.0), MAX_DELAY)


@app.get("/sandbox/flaky")
def flaky():
    delay = simulated_latency(request.args)
    time.sleep(delay)
    if random.random() < float(request.args.get("fail_rate", "0.3")):
        return jsonify(error="simulated failure"), 503
    return jsonify(ok=True, waited=delay)
