# ---
# id: cwe416-ocr-result-array-v
# cwe: CWE-416
# vulnerable: true
# twin: cwe416-ocr-result-array-f
# tags: ctypes, numpy
# explanation: An OCR wrapper turns the C library's confidence map into a numpy view with np.ctypeslib.as_array and then calls ocr_result_free before returning the view. The view does not own or copy the memory, so callers read a freed C buffer.
# ---
import ctypes

import numpy as np

ocr = ctypes.CDLL("libtinyocr.so")


class OcrResult(ctypes.Structure):
    _fields_ = [
        ("text", ctypes.c_char_p),
        ("conf", ctypes.POINTER(ctypes.c_float)),
        ("rows", ctypes.c_int),
        ("cols", ctypes.c_int),
    ]


ocr.ocr_run.restype = ctypes.POINTER(OcrResult)
ocr.ocr_run.argtypes = [ctypes.c_char_p, ctypes.c_size_t]
ocr.ocr_result_free.argtypes = [ctypes.POINTER(OcrResult)]


def recognize(png: bytes):
    res = ocr.ocr_run(png, len(png))
    if not res:
        raise ValueError("image could not be decoded")
    r = res.contents
    text = r.text.decode("utf-8")
    conf = np.ctypeslib.as_array(r.conf, shape=(r.rows, r.cols))
    ocr.ocr_result_free(res)
    return text, conf  #@vuln
