# ---
# id: cwe94-lambda-filter-v
# cwe: CWE-94
# vulnerable: true
# twin: cwe94-lambda-filter-f
# tags: fastapi, csv, eval
# explanation: A data-explorer API lets users filter a CSV dataset by typing a condition, which is turned into a Python lambda with eval(f"lambda row: {expr}"). The condition is arbitrary Python, so "__import__('os').system('id') or True" executes on the server.
# ---
import csv
from pathlib import Path

from fastapi import FastAPI, Query

app = FastAPI()
DATA = Path("/srv/explorer/datasets")


def build_predicate(expr: str):
    return eval(f"lambda row: {expr}")  #@vuln


def rows_of(dataset: str):
    with (DATA / "published" / f"{dataset}.csv").open(newline="", encoding="utf-8") as fh:
        yield from csv.DictReader(fh)


@app.get("/datasets/{dataset}/rows")
def filtered_rows(dataset: str, where: str = Query("True", max_length=500), limit: int = 100):
    if dataset not in {"cities", "airports", "stations"}:
        return {"rows": []}
    keep = build_predicate(where)
    out = []
    for row in rows_of(dataset):
        if keep(row):
            out.append(row)
            if len(out) >= limit:
                break
    return {"rows": out}
