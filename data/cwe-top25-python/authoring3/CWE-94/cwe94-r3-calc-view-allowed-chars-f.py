# ---
# id: cwe94-r3-calc-view-allowed-chars-f
# cwe: CWE-94
# vulnerable: false
# twin: cwe94-r3-calc-view-allowed-chars-v
# tags: builtins
# explanation: Fixed twin: the expression must consist only of digits, arithmetic operators, parentheses, dots and spaces, and '**' is refused so huge powers cannot be requested; without letters or underscores no names, attributes or calls can be written, so eval can only compute arithmetic (the 200-character limit bounds the work).
# ---
def calc(request):
    """Evaluate a simple arithmetic expression for the calculator widget."""
    expr = request.GET.get("expr", "0")
    allowed = set("0123456789+-*/(). ")
    if len(expr) > 200 or not set(expr) <= allowed or "**" in expr:
        return {"error": "invalid expression"}
    result = eval(expr, {"__builtins__": {}})
    return {"expr": expr, "result": result}
