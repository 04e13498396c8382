# ---
# id: cwe20-r3-setpoint-clamped-b
# cwe: CWE-20
# vulnerable: false
# twin: none
# tags: math
# explanation: The heating controller parses a requested setpoint, refuses non-finite values and anything outside the 5-30 degree band the hardware supports, and rounds to half degrees before sending it on.
# ---
import math

MIN_C, MAX_C = 5.0, 30.0


def parse_setpoint(text):
    value = float(text)
    if not math.isfinite(value) or not MIN_C <= value <= MAX_C:
        raise ValueError("setpoint must be between %.0f and %.0f C" % (MIN_C, MAX_C))
    return round(value * 2) / 2
