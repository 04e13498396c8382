# ---
# id: cwe918-avatar-import-v
# cwe: CWE-918
# vulnerable: true
# twin: cwe918-avatar-import-f
# tags: fastapi, httpx, pillow
# explanation: Users can set a profile picture "from URL"; the API downloads the URL with httpx and stores the image. Any host or port can be requested from inside the network, and error details reveal whether internal services respond, enabling internal scanning and access to metadata endpoints.
# ---
import io

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
    async with httpx.AsyncClient(timeout=8) as client:
        resp = await client.get(url)  #@vuln
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
