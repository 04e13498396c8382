# ---
# id: cwe787-pid-gains-pointer-loop-v
# cwe: CWE-787
# vulnerable: true
# twin: cwe787-pid-gains-pointer-loop-f
# tags: ctypes, flask
# explanation: A motion controller exposes its gain table as a C array of 8 doubles, reached through a ctypes POINTER. The tuning endpoint writes every value of the posted JSON list through the pointer, so posting more than eight gains writes past the end of the controller's table into neighbouring state.
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
        table[i] = float(v)  #@vuln
    ctl.ctl_reload()


@app.put("/tuning/gains")
@login_required
def put_gains():
    values = request.get_json().get("gains", [])
    write_gains(values)
    return jsonify(updated=len(values))
