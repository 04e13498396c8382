# ---
# id: cwe190-r2-map-tile-render-limits-b
# cwe: CWE-190
# vulnerable: false
# twin: none
# tags: fastapi, numpy, ctypes
# explanation: A FastAPI endpoint renders map tiles of a client-chosen size through a native rasterizer. Width, height and scale are bounded by Query constraints, the byte count is computed with Python integers, and the numpy array passed to the native code is allocated from the same shape, so no arithmetic can wrap and the buffer always matches what the rasterizer writes.
# ---
"""Tile rendering endpoints."""

import ctypes
import logging
from typing import Annotated

import numpy as np
from fastapi import APIRouter, Depends, HTTPException, Query, Response

from maps.layers import Layer, get_layer

router = APIRouter(prefix="/tiles")
log = logging.getLogger(__name__)

MAX_EDGE = 4096
CHANNELS = 4

_raster = ctypes.CDLL("libtileraster.so")
_raster.render_tile.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int, ctypes.c_int, ctypes.c_int,
                                ctypes.c_double, ctypes.c_double, ctypes.c_double]
_raster.render_tile.restype = ctypes.c_int


class TileSpec:
    def __init__(
        self,
        width: Annotated[int, Query(ge=1, le=MAX_EDGE)] = 256,
        height: Annotated[int, Query(ge=1, le=MAX_EDGE)] = 256,
        scale: Annotated[int, Query(ge=1, le=4)] = 1,
    ) -> None:
        self.width = width * scale
        self.height = height * scale

    @property
    def nbytes(self) -> int:
        return self.width * self.height * CHANNELS


@router.get("/{layer_id}/{z}/{x}/{y}.rgba")
def render(layer_id: str, z: int, x: float, y: float, spec: TileSpec = Depends(), layer: Layer = Depends(get_layer)):
    if not 0 <= z <= 22:
        raise HTTPException(status_code=400, detail="zoom out of range")
    pixels = np.zeros((spec.height, spec.width, CHANNELS), dtype=np.uint8)
    rc = _raster.render_tile(layer.handle, pixels.ctypes.data, spec.width, spec.height, z, x, y, layer.gamma)
    if rc != 0:
        log.error("render_tile(%s, z=%d) failed with %d", layer_id, z, rc)
        raise HTTPException(status_code=500, detail="render failed")
    headers = {"X-Tile-Width": str(spec.width), "X-Tile-Height": str(spec.height)}
    return Response(content=pixels.tobytes(), media_type="application/octet-stream", headers=headers)
