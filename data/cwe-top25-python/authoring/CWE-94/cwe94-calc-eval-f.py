# ---
# id: cwe94-calc-eval-f
# cwe: CWE-94
# vulnerable: false
# twin: cwe94-calc-eval-v
# tags: flask, ast
# explanation: Discount formulas are now parsed with ast.parse in eval mode and evaluated by a small tree walker that only knows numbers, the name "price", arithmetic operators and min/max/round calls. Anything else (attributes, subscripts, other names) raises ValueError, so no Python code from the form can execute.
# ---
import ast
import operator

from flask import Flask, request, jsonify

app = Flask(__name__)
OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv,
       ast.USub: operator.neg}
FUNCS = {"min": min, "max": max, "round": round}


def _walk(node, price):
    if isinstance(node, ast.Expression):
        return _walk(node.body, price)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.Name) and node.id == "price":
        return price
    if isinstance(node, ast.BinOp) and type(node.op) in OPS:
        return OPS[type(node.op)](_walk(node.left, price), _walk(node.right, price))
    if isinstance(node, ast.UnaryOp) and type(node.op) in OPS:
        return OPS[type(node.op)](_walk(node.operand, price))
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in FUNCS and not node.keywords:
        return FUNCS[node.func.id](*[_walk(a, price) for a in node.args])
    raise ValueError("unsupported expression")


def apply_formula(formula: str, price: float) -> float:
    return float(_walk(ast.parse(formula, mode="eval"), price))


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
