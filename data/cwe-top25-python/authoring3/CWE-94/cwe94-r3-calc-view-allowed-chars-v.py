# ---
# id: cwe94-r3-calc-view-allowed-chars-v
# cwe: CWE-94
# vulnerable: true
# twin: cwe94-r3-calc-view-allowed-chars-f
# tags: builtins
# explanation: A calculator view evaluates an expression from the query string. It defines a set of allowed characters but never checks it, and removing __builtins__ does not stop eval: attribute walks like ().__class__.__base__.__subclasses__() reach classes that run commands.
# ---
def calc(request):
    """Evaluate a simple arithmetic expression for the calculator widget."""
    expr = request.GET.get("expr", "0")
    allowed = set("0123456789+-*/(). ")
    if len(expr) > 200:
        return {"error": "too long"}
    result = eval(expr, {"__builtins__": {}})  #@vuln
    return {"expr": expr, "result": result}
