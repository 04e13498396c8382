# ---
# id: cwe918-image-proxy-f
# cwe: CWE-918
# vulnerable: false
# twin: cwe918-image-proxy-v
# tags: fastapi, httpx
# explanation: The proxy now only fetches https URLs whose hostname is one of the configured image CDNs, does not follow redirects, and only returns image content types. A src pointing at internal hosts is rejected before any request is made.
# ---
from urllib.parse import urlsplit

import httpx
from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import Response

app = FastAPI()
client = httpx.AsyncClient(timeout=10.0, follow_redirects=False)
IMAGE_HOSTS = {"images.unsplash.com", "cdn.shopify.com", "i.imgur.com"}


@app.get("/img")
async def proxy_image(src: str = Query(..., max_length=2048)):
    parts = urlsplit(src)
    if parts.scheme != "https" or parts.hostname not in IMAGE_HOSTS:
        raise HTTPException(status_code=400, detail="image host not allowed")
    upstream = await client.get(src)
    if upstream.status_code != 200:
        raise HTTPException(status_code=502, detail="upstream error")
    content_type = upstream.headers.get("content-type", "application/octet-stream")
    if not content_type.startswith("image/"):
        raise HTTPException(status_code=415, detail="not an image")
    return Response(
        content=upstream.content,
        media_type=content_type,
        headers={"Cache-Control": "public, max-age=86400"},
    )
