# ---
# id: cwe94-sheet-formula-v
# cwe: CWE-94
# vulnerable: true
# twin: none
# tags: flask, compile, exec
# explanation: A collaborative budgeting sheet stores cell formulas written by any workspace member and recomputes them by compiling each formula with compile() and running it with exec. Formulas are arbitrary Python statements, so a member can write a cell that imports os and runs commands on the server.
# ---
from flask import Flask, jsonify, request

app = Flask(__name__)


class Sheet:
    def __init__(self, cells):
        self.cells = dict(cells)

    def value(self, ref):
        v = self.cells.get(ref, 0)
        return self.compute(ref, v[1:]) if isinstance(v, str) and v.startswith("=") else v

    def compute(self, ref, formula):
        code = compile(f"result = {formula}", f"<cell {ref}>", "exec")
        scope = {"cell": self.value, "sum": sum, "result": None}
        exec(code, scope)  #@vuln
        return scope["result"]


@app.post("/sheets/recalculate")
def recalculate():
    sheet = Sheet(request.get_json()["cells"])
    return jsonify({ref: sheet.value(ref) for ref in sheet.cells})
