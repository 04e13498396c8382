# ---
# id: cwe400-geocode-memo-dict-v
# cwe: CWE-400
# vulnerable: true
# twin: cwe400-geocode-memo-dict-f
# tags: fastapi, requests
# explanation: A geocoding proxy memoizes upstream answers in a module-level dict keyed by the query string from the client and never evicts anything. Every distinct query adds an entry, so a client sending random addresses grows the process's memory until it is killed.
# ---
import requests
from fastapi import FastAPI, Query

app = FastAPI()
GEOCODER = "https://geo.internal.example.com/v1/search"
_memo = {}


def lookup(address: str) -> dict:
    key = " ".join(address.lower().split())
    if key not in _memo:
        resp = requests.get(GEOCODER, params={"q": key, "limit": 1}, timeout=5)
        resp.raise_for_status()
        _memo[key] = resp.json()  #@vuln
    return _memo[key]


@app.get("/geocode")
def geocode(q: str = Query(..., min_length=3, max_length=300)):
    result = lookup(q)
    hits = result.get("features", [])
    return hits[0] if hits else {}
