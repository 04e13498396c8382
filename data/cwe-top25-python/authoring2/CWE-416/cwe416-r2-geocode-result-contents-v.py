# ---
# id: cwe416-r2-geocode-result-contents-v
# cwe: CWE-416
# vulnerable: true
# twin: cwe416-r2-geocode-result-contents-f
# tags: tornado, ctypes, geocoding
# explanation: A Tornado geocoding endpoint calls a native address matcher that returns a heap-allocated result structure. lookup() returns the ctypes .contents view of that structure but frees it in its finally block, so the handler reads the latitude, longitude and label pointer from memory that the library has already released.
# ---
"""Address geocoding API backed by libaddrmatch."""

import ctypes
import json
import logging

import tornado.web

log = logging.getLogger("geo.api")


class MatchResult(ctypes.Structure):
    _fields_ = [("lat", ctypes.c_double), ("lon", ctypes.c_double), ("score", ctypes.c_float),
                ("label", ctypes.c_char_p), ("postcode", ctypes.c_char * 12)]


_am = ctypes.CDLL("libaddrmatch.so")
_am.am_lookup.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p]
_am.am_lookup.restype = ctypes.POINTER(MatchResult)
_am.am_result_free.argtypes = [ctypes.POINTER(MatchResult)]
_am.am_result_free.restype = None


class Matcher:
    def __init__(self, index_path: str) -> None:
        _am.am_open.restype = ctypes.c_void_p
        self.handle = _am.am_open(index_path.encode())
        if not self.handle:
            raise OSError(f"cannot open address index {index_path}")

    def lookup(self, query: str, country: str):
        res = _am.am_lookup(self.handle, query.encode("utf-8"), country.encode("ascii"))
        if not res:
            return None
        try:
            return res.contents  #@vuln
        finally:
            _am.am_result_free(res)


class GeocodeHandler(tornado.web.RequestHandler):
    def initialize(self, matcher: Matcher) -> None:
        self.matcher = matcher

    def get(self) -> None:
        query = self.get_argument("q").strip()
        country = self.get_argument("country", "DE").upper()
        if not query or len(query) > 300 or len(country) != 2:
            raise tornado.web.HTTPError(400)
        hit = self.matcher.lookup(query, country)
        if hit is None:
            self.set_status(404)
            self.finish(json.dumps({"query": query, "match": None}))
            return
        payload = {
            "lat": hit.lat,
            "lon": hit.lon,
            "score": round(hit.score, 3),
            "label": (hit.label or b"").decode("utf-8", "replace"),
            "postcode": hit.postcode.decode("ascii", "replace"),
        }
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps({"query": query, "match": payload}))
