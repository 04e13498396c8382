# ---
# id: cwe94-r2-kpi-formula-b
# cwe: CWE-94
# vulnerable: false
# twin: none
# tags: ast, analytics
# explanation: A dashboard lets analysts define KPI formulas such as "revenue / max(orders, 1)". The formula is parsed with ast.parse(mode='eval') and evaluated by walking the tree with an allow-list of node types (numbers, known metric names, + - * / and a few whitelisted functions); compile/eval are never called and anything else raises, so a formula cannot execute arbitrary code.
# ---
import ast
import operator
from typing import Callable, Dict, Mapping

BIN_OPS: Dict[type, Callable[[float, float], float]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.Pow: lambda a, b: a ** min(b, 8),
}
FUNCS: Dict[str, Callable[..., float]] = {"max": max, "min": min, "abs": abs, "round": round}
MAX_LENGTH = 300


class FormulaError(ValueError):
    pass


def _eval(node: ast.AST, metrics: Mapping[str, float]) -> float:
    if isinstance(node, ast.Expression):
        return _eval(node.body, metrics)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.Name):
        if node.id not in metrics:
            raise FormulaError(f"unknown metric {node.id!r}")
        return metrics[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in BIN_OPS:
        return BIN_OPS[type(node.op)](_eval(node.left, metrics), _eval(node.right, metrics))
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -_eval(node.operand, metrics)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in FUNCS and not node.keywords:
        return FUNCS[node.func.id](*(_eval(arg, metrics) for arg in node.args))
    raise FormulaError(f"unsupported expression: {ast.dump(node)[:60]}")


def evaluate(formula: str, metrics: Mapping[str, float]) -> float:
    if len(formula) > MAX_LENGTH:
        raise FormulaError("formula too long")
    try:
        tree = ast.parse(formula, mode="eval")
    except SyntaxError as exc:
        raise FormulaError(f"syntax error at column {exc.offset}") from exc
    try:
        return float(_eval(tree, metrics))
    except ZeroDivisionError:
        return float("nan")


def evaluate_all(formulas: Mapping[str, str], metrics: Mapping[str, float]) -> Dict[str, float]:
    results = {}
    for name, formula in formulas.items():
        try:
            results[name] = evaluate(formula, metrics)
        except FormulaError as exc:
            results[name] = float("nan")
            print(f"KPI {name}: {exc}")
    return results
