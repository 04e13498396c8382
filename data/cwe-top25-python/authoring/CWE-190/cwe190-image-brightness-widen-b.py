# ---
# id: cwe190-image-brightness-widen-b
# cwe: CWE-190
# vulnerable: false
# twin: none
# tags: numpy, pillow
# explanation: A photo editor adjusts brightness and contrast on uint8 images by first widening to int32, doing the arithmetic, clipping to 0..255 and only then casting back to uint8, so no intermediate value can wrap.
# ---
import numpy as np
from PIL import Image


def adjust(img: Image.Image, brightness: int, contrast: float) -> Image.Image:
    brightness = int(np.clip(brightness, -255, 255))
    contrast = float(np.clip(contrast, 0.0, 4.0))
    px = np.asarray(img.convert("RGB"), dtype=np.uint8).astype(np.int32)
    px = (px - 128) * contrast + 128 + brightness
    return Image.fromarray(np.clip(px, 0, 255).astype(np.uint8), "RGB")


def batch_adjust(paths, brightness: int, contrast: float):
    for path in paths:
        with Image.open(path) as img:
            adjust(img, brightness, contrast).save(path.with_suffix(".adj.jpg"), quality=90)
