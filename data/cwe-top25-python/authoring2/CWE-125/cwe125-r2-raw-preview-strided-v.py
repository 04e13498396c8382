# ---
# id: cwe125-r2-raw-preview-strided-v
# cwe: CWE-125
# vulnerable: true
# twin: cwe125-r2-raw-preview-strided-f
# tags: fastapi, numpy, stride_tricks
# explanation: A FastAPI service renders previews of raw scanner images stored as flat byte files. The rows, columns and row stride come from the request, and the image is viewed with numpy's as_strided, which does no bounds checking; a large stride or row count makes the downsampling read memory far beyond the loaded file.
# ---
"""Preview rendering for raw scanner captures."""

import io
import logging
from pathlib import Path

import numpy as np
from fastapi import Depends, FastAPI, HTTPException, Query
from fastapi.responses import StreamingResponse
from numpy.lib.stride_tricks import as_strided
from PIL import Image

from scanner.auth import current_operator
from scanner.store import capture_path

app = FastAPI()
log = logging.getLogger("scanner.preview")

PREVIEW_EDGE = 512


def load_capture(capture_id: str) -> np.ndarray:
    path: Path = capture_path(capture_id)
    if not path.is_file():
        raise HTTPException(status_code=404, detail="unknown capture")
    return np.fromfile(path, dtype=np.uint8)


def as_image(raw: np.ndarray, rows: int, cols: int, stride: int) -> np.ndarray:
    if stride < cols:
        raise HTTPException(status_code=400, detail="stride must be at least the row width")
    return as_strided(raw, shape=(rows, cols), strides=(stride, 1))  #@vuln


def downsample(image: np.ndarray) -> np.ndarray:
    step = max(1, max(image.shape) // PREVIEW_EDGE)
    return np.ascontiguousarray(image[::step, ::step])


@app.get("/captures/{capture_id}/preview.png")
def preview(
    capture_id: str,
    rows: int = Query(..., gt=0),
    cols: int = Query(..., gt=0),
    stride: int = Query(..., gt=0),
    operator=Depends(current_operator),
):
    raw = load_capture(capture_id)
    small = downsample(as_image(raw, rows, cols, stride))
    buf = io.BytesIO()
    Image.fromarray(small, mode="L").save(buf, format="PNG")
    buf.seek(0)
    log.info("%s previewed %s (%dx%d)", operator.name, capture_id, cols, rows)
    return StreamingResponse(buf, media_type="image/png")
