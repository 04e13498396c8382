# ---
# id: cwe787-ctypes-array-store-checked-b
# cwe: CWE-787
# vulnerable: false
# twin: none
# tags: ctypes, flask
# explanation: A ventilation controller keeps fan duty cycles in a ctypes array (c_uint8 * 16) that is passed by reference to the C driver. Writes use the ctypes Array object itself, whose item assignment is bounds-checked and raises IndexError, and the zone index is also validated explicitly, so no write can land outside the array.
# ---
import ctypes

from flask import Flask, jsonify, request
from flask_login import login_required

fans = ctypes.CDLL("libhvacfans.so")
ZONES = 16
DutyTable = ctypes.c_uint8 * ZONES
duty = DutyTable()
fans.fans_apply.argtypes = [ctypes.POINTER(DutyTable)]

app = Flask(__name__)


@app.put("/zones/<int:zone>/duty")
@login_required
def set_duty(zone):
    if not 0 <= zone < ZONES:
        return jsonify(error="unknown zone"), 404
    percent = int(request.get_json().get("percent", 0))
    duty[zone] = max(0, min(percent, 100)) * 255 // 100
    fans.fans_apply(ctypes.byref(duty))
    return jsonify(zone=zone, duty=duty[zone])
