# ---
# id: cwe416-r2-barcode-results-copied-b
# cwe: CWE-416
# vulnerable: false
# twin: none
# tags: ctypes, flask, barcode
# explanation: A warehouse scanning endpoint decodes barcodes with a native library that returns a heap-allocated linked list of results. Every field, including the symbol text, is copied into frozen dataclasses while walking the list, and the list is freed in a finally block only after the walk; nothing that points into native memory escapes the function.
# ---
"""Barcode decoding for the goods-in scanners."""

import ctypes
import logging
from dataclasses import dataclass

from flask import Blueprint, abort, jsonify, request

bp = Blueprint("scan", __name__)
log = logging.getLogger(__name__)


class _Symbol(ctypes.Structure):
    pass


_Symbol._fields_ = [("kind", ctypes.c_int), ("data", ctypes.c_char_p), ("data_len", ctypes.c_size_t),
                    ("quality", ctypes.c_int), ("next", ctypes.POINTER(_Symbol))]

_bc = ctypes.CDLL("libbcdecode.so")
_bc.bc_decode_gray.argtypes = [ctypes.c_char_p, ctypes.c_int, ctypes.c_int]
_bc.bc_decode_gray.restype = ctypes.POINTER(_Symbol)
_bc.bc_free_symbols.argtypes = [ctypes.POINTER(_Symbol)]
_bc.bc_free_symbols.restype = None

KINDS = {1: "ean13", 2: "code128", 3: "qr", 4: "datamatrix"}


@dataclass(frozen=True)
class Symbol:
    kind: str
    text: str
    quality: int


def decode_gray(pixels: bytes, width: int, height: int) -> list[Symbol]:
    if width <= 0 or height <= 0 or len(pixels) != width * height:
        raise ValueError("pixel buffer does not match the image size")
    head = _bc.bc_decode_gray(pixels, width, height)
    found = []
    try:
        node = head
        while node:
            sym = node.contents
            text = ctypes.string_at(sym.data, sym.data_len).decode("utf-8", "replace")
            found.append(Symbol(KINDS.get(sym.kind, "unknown"), text, sym.quality))
            node = sym.next
    finally:
        if head:
            _bc.bc_free_symbols(head)
    return found


@bp.post("/scan")
def scan():
    try:
        width = int(request.args["w"])
        height = int(request.args["h"])
        symbols = decode_gray(request.get_data(), width, height)
    except (KeyError, ValueError) as exc:
        abort(400, description=str(exc))
    log.info("decoded %d symbols", len(symbols))
    return jsonify([s.__dict__ for s in symbols])
