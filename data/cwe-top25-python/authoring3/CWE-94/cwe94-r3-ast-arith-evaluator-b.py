# ---
# id: cwe94-r3-ast-arith-evaluator-b
# cwe: CWE-94
# vulnerable: false
# twin: none
# tags: ast, operator
# explanation: Evaluates an arithmetic expression from a user by parsing it with ast and walking the tree; only numeric constants, four binary operators and unary minus are accepted, and anything else raises. Nothing is passed to eval or exec.
# ---
import ast
import operator

_BIN = {ast.Add: operator.add, ast.Sub: operator.sub,
        ast.Mult: operator.mul, ast.Div: operator.truediv}


def evaluate(expr: str) -> float:
    def walk(node):
        if isinstance(node, ast.Expression):
            return walk(node.body)
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return node.value
        if isinstance(node, ast.BinOp) and type(node.op) in _BIN:
            return _BIN[type(node.op)](walk(node.left), walk(node.right))
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            return -walk(node.operand)
        raise ValueError("unsupported expression")
    return walk(ast.parse(expr, mode="eval"))
