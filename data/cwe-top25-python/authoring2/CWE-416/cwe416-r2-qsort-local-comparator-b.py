# ---
# id: cwe416-r2-qsort-local-comparator-b
# cwe: CWE-416
# vulnerable: false
# twin: none
# tags: ctypes, libc, numpy
# explanation: A helper sorts large arrays of fixed-size records in place with libc qsort through ctypes, using a CFUNCTYPE comparator created inside the function. qsort is synchronous and never keeps the comparator after it returns, and the local variable holds the thunk for the whole call, so the callback is alive whenever the library can call it.
# ---
"""In-place sorting of packed trade records without copying them into Python objects."""

import ctypes
import ctypes.util
import logging

import numpy as np

log = logging.getLogger("ticks.sort")

libc = ctypes.CDLL(ctypes.util.find_library("c"))
COMPARE = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
libc.qsort.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_size_t, COMPARE]
libc.qsort.restype = None

TRADE = np.dtype([("ts_ns", "<u8"), ("price_e8", "<i8"), ("qty", "<u4"), ("venue", "<u2"), ("side", "u1"),
                  ("pad", "u1")])


class _Key(ctypes.Structure):
    _fields_ = [("ts_ns", ctypes.c_uint64), ("price_e8", ctypes.c_int64)]


def sort_by_time_then_price(trades: np.ndarray) -> None:
    if trades.dtype != TRADE or not trades.flags.c_contiguous or not trades.flags.writeable:
        raise ValueError("expected a writeable contiguous TRADE array")

    def compare(a, b):
        ka = _Key.from_address(a)
        kb = _Key.from_address(b)
        if ka.ts_ns != kb.ts_ns:
            return -1 if ka.ts_ns < kb.ts_ns else 1
        return (ka.price_e8 > kb.price_e8) - (ka.price_e8 < kb.price_e8)

    comparator = COMPARE(compare)
    libc.qsort(trades.ctypes.data, len(trades), TRADE.itemsize, comparator)


def load_day(path: str) -> np.ndarray:
    trades = np.fromfile(path, dtype=TRADE)
    sort_by_time_then_price(trades)
    log.info("%s: %d trades sorted", path, len(trades))
    return trades


def vwap(trades: np.ndarray) -> float:
    qty = trades["qty"].astype(np.float64)
    if qty.sum() == 0:
        return float("nan")
    return float((trades["price_e8"] / 1e8 * qty).sum() / qty.sum())
