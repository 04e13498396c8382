# ---
# id: cwe94-rpn-calc-b
# cwe: CWE-94
# vulnerable: false
# twin: none
# tags: fastapi, operator, decimal
# explanation: A calculator endpoint evaluates user expressions in reverse Polish notation by splitting tokens and applying functions from an operator table to Decimal values. Tokens are only ever parsed as numbers or looked up in the table; nothing is passed to eval or exec.
# ---
import operator
from decimal import Decimal, InvalidOperation

from fastapi import FastAPI, HTTPException

app = FastAPI()
OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}


def evaluate_rpn(expression: str) -> Decimal:
    stack: list[Decimal] = []
    for token in expression.split():
        if token in OPS:
            if len(stack) < 2:
                raise ValueError("not enough operands")
            right, left = stack.pop(), stack.pop()
            stack.append(OPS[token](left, right))
        else:
            stack.append(Decimal(token))
    if len(stack) != 1:
        raise ValueError("malformed expression")
    return stack[0]


@app.get("/calc")
def calc(expr: str):
    try:
        return {"result": str(evaluate_rpn(expr[:1000]))}
    except (ValueError, InvalidOperation, ZeroDivisionError):
        raise HTTPException(status_code=422, detail="could not evaluate")
