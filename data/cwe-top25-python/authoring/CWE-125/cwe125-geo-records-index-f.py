# ---
# id: cwe125-geo-records-index-f
# cwe: CWE-125
# vulnerable: false
# twin: cwe125-geo-records-index-v
# tags: ctypes, fastapi
# explanation: place_at() now raises a 404 unless 0 <= index < COUNT, the record count reported by the C index, before dereferencing the raw pointer, so only records inside the array can be read.
# ---
import ctypes

from fastapi import FastAPI, HTTPException

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
    if not 0 <= index < COUNT:
        raise HTTPException(status_code=404, detail="no such place")
    rec = RECORDS[index]
    return {"name": rec.name.decode("utf-8", "replace"), "lat": rec.lat, "lon": rec.lon, "population": rec.pop}


@app.get("/places/{place_id}")
def get_place(place_id: int):
    return place_at(place_id)
