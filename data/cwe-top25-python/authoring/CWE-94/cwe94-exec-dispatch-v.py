# ---
# id: cwe94-exec-dispatch-v
# cwe: CWE-94
# vulnerable: true
# twin: none
# tags: flask, exec
# explanation: A batch API dispatches operations by building a line of Python source from the operation name and arguments in the JSON body and running it with exec. Both parts are client text, so an "op" like "__import__('os').system('id');print" runs arbitrary code.
# ---
from flask import Flask, jsonify, request

from inventory import operations

app = Flask(__name__)


def run_operation(op: str, args: list):
    scope = {"ops": operations, "result": None}
    arg_src = ", ".join(repr(a) for a in args)
    exec(f"result = ops.{op}({arg_src})", scope)  #@vuln
    return scope["result"]


@app.post("/batch")
def batch():
    results = []
    for item in request.get_json()["items"]:
        results.append(run_operation(item["op"], item.get("args", [])))
    return jsonify(results=results)
