# ---
# id: cwe787-r2-hid-report-blueprint-f
# cwe: CWE-787
# vulnerable: false
# twin: cwe787-r2-hid-report-blueprint-v
# tags: flask, ctypes
# explanation: The report builder now refuses payloads longer than the 62-byte payload field before ctypes.memmove copies them into the structure, and the view answers such requests with 400, so the copy always stays inside the report.
# ---
"""Raw HID console for the bench instruments."""

import ctypes
import logging

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("hid", __name__, url_prefix="/api/hid")
log = logging.getLogger(__name__)

PAYLOAD_LEN = 62


class OutputReport(ctypes.Structure):
    _pack_ = 1
    _fields_ = [("report_id", ctypes.c_uint8), ("length", ctypes.c_uint8), ("payload", ctypes.c_uint8 * PAYLOAD_LEN)]


def _hidapi():
    lib = current_app.extensions["hidapi"]
    lib.hid_write.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t]
    lib.hid_write.restype = ctypes.c_int
    return lib


def build_report(report_id: int, payload: bytes) -> OutputReport:
    if len(payload) > PAYLOAD_LEN:
        raise ValueError(f"payload is {len(payload)} bytes, at most {PAYLOAD_LEN} fit")
    report = OutputReport()
    report.report_id = report_id
    report.length = len(payload) & 0xFF
    ctypes.memmove(ctypes.addressof(report) + OutputReport.payload.offset, payload, len(payload))
    return report


@bp.post("/<int:device_id>/report")
def send_report(device_id: int):
    device = current_app.config["HID_DEVICES"].get(device_id)
    if device is None:
        abort(404)
    body = request.get_json(silent=True) or {}
    try:
        report_id = int(body.get("report_id", 0))
        payload = bytes.fromhex(body.get("payload", ""))
    except ValueError:
        abort(400, description="report_id must be an integer and payload hex")
    if not 0 <= report_id <= 255:
        abort(400, description="report_id out of range")
    try:
        report = build_report(report_id, payload)
    except ValueError as exc:
        abort(400, description=str(exc))
    written = _hidapi().hid_write(device.handle, ctypes.byref(report), ctypes.sizeof(report))
    if written < 0:
        log.error("hid_write to %s failed", device.path)
        return jsonify(ok=False), 502
    log.info("sent report %d (%d bytes) to %s", report_id, len(payload), device.path)
    return jsonify(ok=True, written=written)
