# ---
# id: cwe787-r3-copyto-tile-b
# cwe: CWE-787
# vulnerable: false
# twin: none
# tags: numpy
# explanation: The tile is written through ordinary numpy slicing, which clamps to the canvas, and np.copyto refuses shapes that do not match the destination view; the explicit shape check only gives a clearer error. There is no raw memory write.
# ---
import numpy as np


def paste_tile(canvas: np.ndarray, tile: np.ndarray, x: int, y: int) -> None:
    h, w = tile.shape[:2]
    if x < 0 or y < 0 or y + h > canvas.shape[0] or x + w > canvas.shape[1]:
        raise ValueError("tile does not fit on canvas")
    np.copyto(canvas[y:y + h, x:x + w], tile)
