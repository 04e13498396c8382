# ---
# id: cwe125-geo-records-index-v
# cwe: CWE-125
# vulnerable: true
# twin: cwe125-geo-records-index-f
# tags: ctypes, fastapi
# explanation: A geocoding API loads a C index that exposes an array of place records and their count. The record number from the URL is used to index the raw ctypes POINTER, which performs no bounds check, so /places/999999 or a negative id reads memory outside the record array and returns it to the caller.
# ---
import ctypes

from fastapi import FastAPI

geo = ctypes.CDLL("libgeoidx.so")


class Place(ctypes.Structure):
    _fields_ = [("name", ctypes.c_char * 48), ("lat", ctypes.c_double), ("lon", ctypes.c_double), ("pop", ctypes.c_uint32)]


geo.geo_records.restype = ctypes.POINTER(Place)
geo.geo_count.restype = ctypes.c_size_t
RECORDS = geo.geo_records()
COUNT = geo.geo_count()
if not RECORDS:
    raise ImportError("geo index not loaded")

app = FastAPI()


def place_at(index: int) -> dict:
    rec = RECORDS[index]  #@vuln
    return {"name": rec.name.decode("utf-8", "replace"), "lat": rec.lat, "lon": rec.lon, "population": rec.pop}


@app.get("/places/{place_id}")
def get_place(place_id: int):
    return place_at(place_id)
