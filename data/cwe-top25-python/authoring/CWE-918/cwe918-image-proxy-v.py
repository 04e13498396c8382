# ---
# id: cwe918-image-proxy-v
# cwe: CWE-918
# vulnerable: true
# twin: cwe918-image-proxy-f
# tags: fastapi, httpx
# explanation: An image proxy used to serve remote images over the app's own origin fetches the "src" query parameter with httpx and streams the bytes back. Because src is arbitrary, the proxy can be pointed at internal addresses and returns their responses to the caller.
# ---
import httpx
from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import Response

app = FastAPI()
client = httpx.AsyncClient(timeout=10.0, follow_redirects=True)


@app.get("/img")
async def proxy_image(src: str = Query(..., max_length=2048)):
    upstream = await client.get(src)  #@vuln
    if upstream.status_code != 200:
        raise HTTPException(status_code=502, detail="upstream error")
    content_type = upstream.headers.get("content-type", "application/octet-stream")
    return Response(
        content=upstream.content,
        media_type=content_type,
        headers={"Cache-Control": "public, max-age=86400"},
    )
