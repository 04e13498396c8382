# ---
# id: cwe400-r2-fastapi-placeholder-image-f
# cwe: CWE-400
# vulnerable: false
# twin: cwe400-r2-fastapi-placeholder-image-v
# tags: fastapi, pillow
# explanation: parse_size now also rejects dimensions above MAX_SIDE (4000 px), so the Pillow canvas and the PNG encoding are bounded at about 48 MB and a fraction of a second per request, whatever size the URL asks for.
# ---
import io
import logging
import re
from functools import lru_cache

from fastapi import FastAPI, HTTPException, Response
from PIL import Image, ImageDraw, ImageFont

log = logging.getLogger("placeholder")
app = FastAPI(title="placeholder images")

SIZE_RE = re.compile(r"^(\d{1,6})x(\d{1,6})$")
COLOR_RE = re.compile(r"^[0-9a-fA-F]{6}$")
DEFAULT_BG = "cccccc"
MAX_SIDE = 4000
DEFAULT_FG = "555555"


def parse_size(text: str):
    m = SIZE_RE.match(text)
    if not m:
        raise HTTPException(status_code=400, detail="size must look like 300x200")
    width, height = int(m.group(1)), int(m.group(2))
    if width < 1 or height < 1:
        raise HTTPException(status_code=400, detail="size must be positive")
    if width > MAX_SIDE or height > MAX_SIDE:
        raise HTTPException(status_code=400, detail=f"each side must be at most {MAX_SIDE}")
    return width, height


def parse_color(value: str, default: str) -> str:
    return "#" + (value if COLOR_RE.match(value or "") else default)


@lru_cache(maxsize=8)
def font_for(size: int):
    return ImageFont.load_default(size=size)


@app.get("/placeholder/{size}")
def placeholder(size: str, bg: str = DEFAULT_BG, fg: str = DEFAULT_FG, text: str = ""):
    width, height = parse_size(size)
    img = Image.new("RGB", (width, height), parse_color(bg, DEFAULT_BG))
    draw = ImageDraw.Draw(img)
    label = (text or f"{width}\u00d7{height}")[:40]
    font = font_for(max(10, min(width, height) // 8))
    box = draw.textbbox((0, 0), label, font=font)
    pos = ((width - (box[2] - box[0])) // 2, (height - (box[3] - box[1])) // 2)
    draw.text(pos, label, fill=parse_color(fg, DEFAULT_FG), font=font)
    out = io.BytesIO()
    img.save(out, format="PNG")
    log.debug("rendered %dx%d placeholder", width, height)
    return Response(out.getvalue(), media_type="image/png",
                    headers={"Cache-Control": "public, max-age=604800"})
