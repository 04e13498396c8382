# ---
# id: cwe94-constant-formulas-b
# cwe: CWE-94
# vulnerable: false
# twin: none
# tags: fastapi, eval
# explanation: A unit-conversion API evaluates formulas with eval, but the formula strings are constants in the module, compiled once at import; the client only chooses a conversion name from that table and supplies a float that is bound as the variable x. No client text is ever compiled or evaluated.
# ---
from fastapi import FastAPI, HTTPException

app = FastAPI()

FORMULAS = {
    "c_to_f": "x * 9 / 5 + 32",
    "f_to_c": "(x - 32) * 5 / 9",
    "km_to_mi": "x * 0.621371",
    "mi_to_km": "x / 0.621371",
    "kg_to_lb": "x * 2.204623",
}
COMPILED = {name: compile(expr, f"<formula {name}>", "eval") for name, expr in FORMULAS.items()}


@app.get("/convert/{conversion}")
def convert(conversion: str, value: float):
    code = COMPILED.get(conversion)
    if code is None:
        raise HTTPException(status_code=404, detail="unknown conversion")
    result = eval(code, {"__builtins__": {}}, {"x": value})
    return {"conversion": conversion, "input": value, "result": round(result, 6), "formula": FORMULAS[conversion]}
