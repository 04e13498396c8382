# ---
# id: cwe119-r2-camera-overlay-as-array-v
# cwe: CWE-119
# vulnerable: true
# twin: none
# tags: ctypes, numpy, flask, camera
# explanation: A kiosk camera service draws a timestamp bar onto frames delivered by a native capture library as (pointer, size). The numpy view over each frame is shaped from the resolution an operator set through the settings endpoint instead of from the frame size the library reports, so after a resolution change the overlay reads and writes outside the library's frame buffer.
# ---
"""Live camera feed with an overlay bar for the lobby kiosk."""

import ctypes
import hmac
import logging
import threading
import time

import numpy as np
from flask import Flask, jsonify, request

app = Flask(__name__)
log = logging.getLogger("kiosk.camera")

_cam = ctypes.CDLL("libkioskcam.so")
_cam.cam_next_frame.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_void_p), ctypes.POINTER(ctypes.c_size_t)]
_cam.cam_next_frame.restype = ctypes.c_int
_cam.cam_release_frame.argtypes = [ctypes.c_void_p, ctypes.c_void_p]

settings = {"width": 1280, "height": 720, "bar_px": 24}
_lock = threading.Lock()


def draw_bar(frame: np.ndarray, bar_px: int) -> None:
    frame[-bar_px:, :, :] = (frame[-bar_px:, :, :] // 4).astype(np.uint8)
    ticks = int(time.time()) % frame.shape[1]
    frame[-bar_px:, ticks, :] = 255


def process_one(handle) -> None:
    ptr = ctypes.c_void_p()
    size = ctypes.c_size_t()
    if _cam.cam_next_frame(handle, ctypes.byref(ptr), ctypes.byref(size)) != 0:
        return
    try:
        with _lock:
            width, height, bar_px = settings["width"], settings["height"], settings["bar_px"]
        pixels = ctypes.cast(ptr, ctypes.POINTER(ctypes.c_uint8))
        frame = np.ctypeslib.as_array(pixels, shape=(height, width, 3))  #@vuln
        draw_bar(frame, min(bar_px, height))
    finally:
        _cam.cam_release_frame(handle, ptr)


def capture_loop(handle, stop: threading.Event) -> None:
    while not stop.is_set():
        process_one(handle)


@app.put("/settings/resolution")
def set_resolution():
    token = request.headers.get("X-Kiosk-Token", "")
    if not hmac.compare_digest(token, app.config["KIOSK_ADMIN_TOKEN"]):
        return jsonify(error="forbidden"), 403
    body = request.get_json(force=True)
    width, height = int(body["width"]), int(body["height"])
    if not (160 <= width <= 3840 and 120 <= height <= 2160):
        return jsonify(error="unsupported resolution"), 400
    with _lock:
        settings.update(width=width, height=height)
    log.info("overlay resolution set to %dx%d", width, height)
    return jsonify(settings)
