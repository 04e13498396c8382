# ---
# id: cwe94-calc-eval-v
# cwe: CWE-94
# vulnerable: true
# twin: cwe94-calc-eval-f
# tags: flask, eval
# explanation: A pricing tool evaluates discount formulas typed by shop managers with eval, after substituting the item price. Clearing __builtins__ is not a sandbox: expressions like "().__class__.__base__.__subclasses__()" reach os functions, so the form field runs arbitrary Python on the server.
# ---
from flask import Flask, request, jsonify

app = Flask(__name__)


def apply_formula(formula: str, price: float) -> float:
    scope = {"price": price, "min": min, "max": max, "round": round}
    return float(eval(formula, {"__builtins__": {}}, scope))  #@vuln


@app.post("/pricing/preview")
def preview():
    data = request.get_json(force=True)
    prices = data.get("prices", [])
    formula = data.get("formula", "price")
    try:
        results = [apply_formula(formula, float(p)) for p in prices]
    except (SyntaxError, NameError, TypeError, ValueError, ZeroDivisionError):
        return jsonify(error="formula could not be evaluated"), 422
    return jsonify(results=results)
