# ---
# id: cwe918-avatar-import-f
# cwe: CWE-918
# vulnerable: false
# twin: cwe918-avatar-import-v
# tags: fastapi, httpx, pillow, ipaddress
# explanation: The avatar download now requires https on the default port, resolves the hostname with the event loop's resolver, and refuses hosts that resolve to any non-global address; redirects stay disabled. Internal services and the metadata address cannot be targeted.
# ---
import asyncio
import io
import ipaddress
from urllib.parse import urlsplit

import httpx
from fastapi import Depends, FastAPI, HTTPException
from PIL import Image
from pydantic import BaseModel

from profiles.auth import current_user
from profiles.storage import save_avatar

app = FastAPI()


class AvatarFromUrl(BaseModel):
    url: str


async def download(url: str) -> bytes:
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname or parts.port not in (None, 443):
        raise HTTPException(status_code=422, detail="only https image URLs are accepted")
    infos = await asyncio.get_running_loop().getaddrinfo(parts.hostname, 443)
    if not all(ipaddress.ip_address(i[4][0]).is_global for i in infos):
        raise HTTPException(status_code=422, detail="only https image URLs are accepted")
    async with httpx.AsyncClient(timeout=8) as client:
        resp = await client.get(url)
    if resp.status_code != 200:
        raise HTTPException(status_code=422, detail=f"download failed with status {resp.status_code}")
    return resp.content


@app.post("/me/avatar/url")
async def avatar_from_url(body: AvatarFromUrl, user=Depends(current_user)):
    data = await download(body.url)
    image = Image.open(io.BytesIO(data))
    image.thumbnail((256, 256))
    out = io.BytesIO()
    image.convert("RGB").save(out, "JPEG", quality=88)
    return {"avatar": save_avatar(user.id, out.getvalue())}
