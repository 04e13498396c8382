# ---
# id: cwe400-geocode-memo-dict-f
# cwe: CWE-400
# vulnerable: false
# twin: cwe400-geocode-memo-dict-v
# tags: fastapi, requests, functools
# explanation: Memoization now uses functools.lru_cache(maxsize=4096), which evicts the least recently used answers, so the cache has a fixed upper bound no matter how many distinct queries clients send.
# ---
from functools import lru_cache

import requests
from fastapi import FastAPI, Query

app = FastAPI()
GEOCODER = "https://geo.internal.example.com/v1/search"


@lru_cache(maxsize=4096)
def lookup(key: str) -> dict:
    resp = requests.get(GEOCODER, params={"q": key, "limit": 1}, timeout=5)
    resp.raise_for_status()
    return resp.json()


@app.get("/geocode")
def geocode(q: str = Query(..., min_length=3, max_length=300)):
    result = lookup(" ".join(q.lower().split()))
    hits = result.get("features", [])
    return hits[0] if hits else {}
