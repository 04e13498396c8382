# ---
# id: cwe400-sku-pattern-b
# cwe: CWE-400
# vulnerable: false
# twin: none
# tags: fastapi, re
# explanation: Warehouse lookups parse SKU codes with an anchored regex whose groups are fixed-width or optional single runs, with no nested quantifiers, and the input is capped at 32 characters. The free-text search term is passed through re.escape so it matches literally; neither regex can backtrack catastrophically.
# ---
import re

from fastapi import FastAPI, HTTPException, Query

from .inventory import items_by_sku, all_item_names

app = FastAPI()
SKU_RE = re.compile(r"^([A-Z]{3})-(\d{4,6})(?:/([A-Z0-9]{1,4}))?$")


@app.get("/stock/{sku}")
async def stock(sku: str):
    if len(sku) > 32:
        raise HTTPException(400, "SKU too long")
    m = SKU_RE.match(sku.upper())
    if not m:
        raise HTTPException(400, "malformed SKU")
    family, number, variant = m.groups()
    return await items_by_sku(family, int(number), variant)


@app.get("/stock")
async def find(term: str = Query(..., min_length=2, max_length=64)):
    rx = re.compile(re.escape(term), re.IGNORECASE)
    names = await all_item_names()
    return [n for n in names if rx.search(n)][:100]
