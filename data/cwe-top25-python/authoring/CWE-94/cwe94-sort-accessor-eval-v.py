# ---
# id: cwe94-sort-accessor-eval-v
# cwe: CWE-94
# vulnerable: true
# twin: none
# tags: fastapi, eval
# explanation: A listing API lets clients sort by a nested field given as an accessor string such as "['price']['amount']", which the server turns into a key function with eval("lambda item: item" + accessor). The accessor is appended to Python source, so any expression can be smuggled in and executed.
# ---
from fastapi import FastAPI, Query

from catalog.repository import all_listings

app = FastAPI()


def key_function(accessor: str):
    return eval("lambda item: item" + accessor)  #@vuln


@app.get("/listings")
def listings(sort: str = Query("['created']", max_length=200), reverse: bool = False):
    items = all_listings()
    items.sort(key=key_function(sort), reverse=reverse)
    return items[:100]
