# ---
# id: cwe400-retry-demo-sleep-v
# cwe: CWE-400
# vulnerable: true
# twin: cwe400-retry-demo-sleep-f
# tags: flask, time
# explanation: A sandbox API used by integrators to test their retry logic sleeps for the number of seconds given in the "delay" query parameter before answering. The delay is unbounded, so a few requests with delay=86400 occupy every worker thread of the sandbox for a day.
# ---
import random
import time

from flask import Flask, jsonify, request

app = Flask(__name__)


def simulated_latency(args) -> float:
    try:
        return max(float(args.get("delay", "0")), 0.0)
    except ValueError:
        return 0.0


@app.get("/sandbox/flaky")
def flaky():
    delay = simulated_latency(request.args)
    time.sleep(delay)  #@vuln
    if random.random() < float(request.args.get("fail_rate", "0.3")):
        return jsonify(error="simulated failure"), 503
    return jsonify(ok=True, waited=delay)
