# ---
# id: cwe306-reindex-endpoint-f
# cwe: CWE-306
# vulnerable: false
# twin: cwe306-reindex-endpoint-v
# tags: fastapi, elasticsearch
# explanation: The reindex endpoint now declares the same require_key dependency as the document endpoints, so a request without the correct X-Api-Key header is rejected with 401 before the index is touched.
# ---
import os
import secrets

from fastapi import Depends, FastAPI, Header, HTTPException
from elasticsearch import AsyncElasticsearch

from .indexer import rebuild_index

app = FastAPI()
es = AsyncElasticsearch(os.environ["ES_URL"])
API_KEY = os.environ["SEARCH_API_KEY"]


def require_key(x_api_key: str = Header(default="")) -> None:
    if not secrets.compare_digest(x_api_key, API_KEY):
        raise HTTPException(status_code=401, detail="missing or wrong API key")


@app.put("/docs/{doc_id}", dependencies=[Depends(require_key)])
async def put_doc(doc_id: str, doc: dict):
    await es.index(index="products", id=doc_id, document=doc)
    return {"id": doc_id}


@app.post("/maintenance/reindex", dependencies=[Depends(require_key)])
async def reindex(batch_size: int = 500):
    await es.indices.delete(index="products", ignore_unavailable=True)
    count = await rebuild_index(es, "products", batch_size=min(batch_size, 5000))
    return {"reindexed": count}
