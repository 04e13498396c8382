# ---
# id: cwe502-r2-aiohttp-npy-upload-b
# cwe: CWE-502
# vulnerable: false
# twin: none
# tags: aiohttp, numpy
# explanation: An aiohttp handler accepts an uploaded .npy feature matrix and reads it with numpy.load(allow_pickle=False). With pickling disabled numpy only parses the raw array header and data and raises on object arrays, so the uploaded file cannot smuggle a pickle that runs code; the shape and dtype are checked before use.
# ---
import io
import logging

import numpy as np
from aiohttp import web

log = logging.getLogger("features")

MAX_UPLOAD = 32 * 1024 * 1024
EXPECTED_COLUMNS = 128
ALLOWED_DTYPES = (np.float32, np.float64)

routes = web.RouteTableDef()


def _load_matrix(raw: bytes) -> np.ndarray:
    arr = np.load(io.BytesIO(raw), allow_pickle=False)
    if arr.ndim != 2 or arr.shape[1] != EXPECTED_COLUMNS:
        raise ValueError(f"expected (n, {EXPECTED_COLUMNS}) array, got {arr.shape}")
    if arr.dtype.type not in ALLOWED_DTYPES:
        raise ValueError(f"unsupported dtype {arr.dtype}")
    return arr.astype(np.float32, copy=False)


def _summary(arr: np.ndarray) -> dict:
    return {
        "rows": int(arr.shape[0]),
        "mean_norm": float(np.linalg.norm(arr, axis=1).mean()) if len(arr) else 0.0,
        "nan_rows": int(np.isnan(arr).any(axis=1).sum()),
    }


@routes.post("/v1/features/{dataset}")
async def upload_features(request: web.Request) -> web.Response:
    if request.content_length and request.content_length > MAX_UPLOAD:
        raise web.HTTPRequestEntityTooLarge(max_size=MAX_UPLOAD, actual_size=request.content_length)
    raw = await request.read()
    try:
        arr = _load_matrix(raw)
    except ValueError as exc:
        return web.json_response({"error": str(exc)}, status=400)
    store = request.app["feature_store"]
    await store.put(request.match_info["dataset"], arr)
    log.info("stored %d rows for %s", arr.shape[0], request.match_info["dataset"])
    return web.json_response(_summary(arr), status=201)


def build_app(store) -> web.Application:
    app = web.Application(client_max_size=MAX_UPLOAD)
    app["feature_store"] = store
    app.add_routes(routes)
    return app
