# ---
# id: cwe94-lambda-filter-f
# cwe: CWE-94
# vulnerable: false
# twin: cwe94-lambda-filter-v
# tags: fastapi, csv, operator
# explanation: The filter is now a structured "column op value" triple: the operator is looked up in a fixed table of comparison functions and the predicate is a closure built by the program. User input selects among known operations and supplies a string value; nothing is evaluated as code.
# ---
import csv
import operator
from pathlib import Path

from fastapi import FastAPI, HTTPException

app = FastAPI()
DATA = Path("/srv/explorer/datasets")
OPERATORS = {"eq": operator.eq, "ne": operator.ne, "contains": operator.contains,
             "startswith": str.startswith}


def build_predicate(column: str, op: str, value: str):
    if op not in OPERATORS:
        raise HTTPException(status_code=422, detail="unknown operator")
    fn = OPERATORS[op]
    return lambda row: fn(row.get(column, ""), value)


def rows_of(dataset: str):
    with (DATA / "published" / f"{dataset}.csv").open(newline="", encoding="utf-8") as fh:
        yield from csv.DictReader(fh)


@app.get("/datasets/{dataset}/rows")
def filtered_rows(dataset: str, column: str = "name", op: str = "contains", value: str = "", limit: int = 100):
    if dataset not in {"cities", "airports", "stations"}:
        return {"rows": []}
    keep = build_predicate(column, op, value)
    out = []
    for row in rows_of(dataset):
        if keep(row):
            out.append(row)
            if len(out) >= limit:
                break
    return {"rows": out}
