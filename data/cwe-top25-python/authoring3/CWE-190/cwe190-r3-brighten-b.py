# ---
# id: cwe190-r3-brighten-b
# cwe: CWE-190
# vulnerable: false
# twin: none
# tags: numpy, pillow
# explanation: The image is promoted to int16 before the user-chosen delta is added and clipped to 0..255 before converting back to uint8, so no pixel value wraps around; the delta itself is range-checked.
# ---
import numpy as np
from PIL import Image


def brighten(img: Image.Image, delta: int) -> Image.Image:
    if not -255 <= delta <= 255:
        raise ValueError("delta must be between -255 and 255")
    arr = np.asarray(img, dtype=np.uint8).astype(np.int16)
    out = np.clip(arr + delta, 0, 255).astype(np.uint8)
    return Image.fromarray(out, mode=img.mode)
