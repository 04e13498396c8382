# ---
# id: cwe119-r2-blur-kernel-job-dims-v
# cwe: CWE-119
# vulnerable: true
# twin: cwe119-r2-blur-kernel-job-dims-f
# tags: celery, numpy, ctypes, pillow
# explanation: A Celery image-processing task runs a native box-blur kernel over uploaded photos. The width and height handed to the kernel come from the job's parameters supplied by the API client rather than from the decoded array's shape, so dimensions larger than the real image make the kernel read from and write to memory outside both numpy buffers.
# ---
"""Image effect tasks for the photo editor backend."""

import ctypes
import io
import logging

import numpy as np
from celery import shared_task
from PIL import Image

from editor.storage import load_upload, save_result

log = logging.getLogger(__name__)

_fx = ctypes.CDLL("libphotofx.so")
_fx.box_blur_rgb.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int, ctypes.c_int, ctypes.c_int]
_fx.box_blur_rgb.restype = ctypes.c_int

MAX_RADIUS = 64


def decode(upload: bytes) -> np.ndarray:
    with Image.open(io.BytesIO(upload)) as img:
        return np.ascontiguousarray(np.asarray(img.convert("RGB"), dtype=np.uint8))


def box_blur(pixels: np.ndarray, width: int, height: int, radius: int) -> np.ndarray:
    out = np.empty_like(pixels)
    rc = _fx.box_blur_rgb(pixels.ctypes.data, out.ctypes.data, width, height, radius)  #@vuln
    if rc != 0:
        raise RuntimeError(f"box_blur_rgb failed: {rc}")
    return out


def encode(pixels: np.ndarray, fmt: str = "JPEG") -> bytes:
    buf = io.BytesIO()
    Image.fromarray(pixels, "RGB").save(buf, format=fmt, quality=90)
    return buf.getvalue()


@shared_task(name="editor.blur", acks_late=True)
def blur(upload_id: str, params: dict) -> str:
    radius = int(params.get("radius", 4))
    if not 1 <= radius <= MAX_RADIUS:
        raise ValueError(f"radius {radius} out of range")
    pixels = decode(load_upload(upload_id))
    width = int(params.get("width", pixels.shape[1]))
    height = int(params.get("height", pixels.shape[0]))
    result = box_blur(pixels, width, height, radius)
    key = save_result(upload_id, "blur", encode(result))
    log.info("blurred %s (%dx%d, r=%d) -> %s", upload_id, width, height, radius, key)
    return key
