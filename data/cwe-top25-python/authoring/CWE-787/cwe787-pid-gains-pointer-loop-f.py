# ---
# id: cwe787-pid-gains-pointer-loop-f
# cwe: CWE-787
# vulnerable: false
# twin: cwe787-pid-gains-pointer-loop-v
# tags: ctypes, flask
# explanation: The tuning endpoint now refuses gain lists longer than GAIN_SLOTS with a 400, so the loop writes at most eight values through the pointer, all inside the controller's table.
# ---
import ctypes

from flask import Flask, jsonify, request
from flask_login import login_required

ctl = ctypes.CDLL("libmotionctl.so")
ctl.ctl_gain_table.restype = ctypes.POINTER(ctypes.c_double)
GAIN_SLOTS = 8

app = Flask(__name__)


def write_gains(values):
    table = ctl.ctl_gain_table()
    if not table:
        raise RuntimeError("controller not initialised")
    for i, v in enumerate(values):
        table[i] = float(v)
    ctl.ctl_reload()


@app.put("/tuning/gains")
@login_required
def put_gains():
    values = request.get_json().get("gains", [])
    if not isinstance(values, list) or len(values) > GAIN_SLOTS:
        return jsonify(error=f"gains must be a list of at most {GAIN_SLOTS} numbers"), 400
    write_gains(values)
    return jsonify(updated=len(values))
