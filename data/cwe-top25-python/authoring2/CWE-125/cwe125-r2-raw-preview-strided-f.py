# ---
# id: cwe125-r2-raw-preview-strided-f
# cwe: CWE-125
# vulnerable: false
# twin: cwe125-r2-raw-preview-strided-v
# tags: fastapi, numpy, stride_tricks
# explanation: The requested geometry is now checked against the size of the loaded capture: the last byte the strided view can touch, (rows-1)*stride+cols-1, must lie inside the array, so as_strided never exposes memory outside the file's data.
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
    if (rows - 1) * stride + cols > raw.size:
        raise HTTPException(status_code=400, detail="geometry does not fit the capture")
    return as_strided(raw, shape=(rows, cols), strides=(stride, 1))


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
