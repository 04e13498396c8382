# ---
# id: cwe119-capture-ring-process-v
# cwe: CWE-119
# vulnerable: true
# twin: cwe119-capture-ring-process-f
# tags: ctypes, fastapi
# explanation: A packet-capture appliance lets analysts re-run a C decoder over a region of its capture ring; the decoder parses and annotates the bytes in place. The offset and length come from the API request and are handed straight to the C call with the ring's base pointer, so a region outside the ring is read and modified.
# ---
import ctypes

from fastapi import Depends, FastAPI
from pydantic import BaseModel

from .auth import require_analyst

cap = ctypes.CDLL("libcapring.so")
cap.ring_base.restype = ctypes.c_void_p
cap.ring_size.restype = ctypes.c_size_t
cap.decode_annotate.argtypes = [ctypes.c_void_p, ctypes.c_size_t]
cap.decode_annotate.restype = ctypes.c_int

app = FastAPI()


class Region(BaseModel):
    offset: int
    length: int


@app.post("/ring/redecode")
def redecode(region: Region, user=Depends(require_analyst)):
    base = cap.ring_base()
    found = cap.decode_annotate(base + region.offset, region.length)  #@vuln
    return {"packets": found}
