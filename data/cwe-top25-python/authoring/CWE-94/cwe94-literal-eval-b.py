# ---
# id: cwe94-literal-eval-b
# cwe: CWE-94
# vulnerable: false
# twin: none
# tags: flask, ast
# explanation: An API accepts bounding boxes written as Python tuples in the query string ("(10, 20, 300, 400)") and parses them with ast.literal_eval. literal_eval only evaluates literal syntax and raises on names, calls or attributes, so the parameter cannot run code; the result is further checked to be four numbers.
# ---
import ast

from flask import Flask, request, jsonify, abort

app = Flask(__name__)


def parse_box(text):
    try:
        value = ast.literal_eval(text)
    except (ValueError, SyntaxError):
        abort(400)
    if not (isinstance(value, tuple) and len(value) == 4 and all(isinstance(v, (int, float)) for v in value)):
        abort(400)
    return value


@app.get("/tiles/crop")
def crop():
    x0, y0, x1, y1 = parse_box(request.args.get("box", "(0, 0, 256, 256)"))
    if x1 <= x0 or y1 <= y0:
        abort(400)
    return jsonify(width=x1 - x0, height=y1 - y0, area=(x1 - x0) * (y1 - y0))
