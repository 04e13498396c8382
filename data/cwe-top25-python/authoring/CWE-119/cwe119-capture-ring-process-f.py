# ---
# id: cwe119-capture-ring-process-f
# cwe: CWE-119
# vulnerable: false
# twin: cwe119-capture-ring-process-v
# tags: ctypes, fastapi
# explanation: redecode() now rejects regions with a negative offset or length or an end beyond ring_size(), so the C decoder only reads and modifies bytes inside the capture ring.
# ---
import ctypes

from fastapi import Depends, FastAPI, HTTPException
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
    if region.offset < 0 or region.length <= 0 or region.offset + region.length > cap.ring_size():
        raise HTTPException(status_code=416, detail="region outside the capture ring")
    base = cap.ring_base()
    found = cap.decode_annotate(base + region.offset, region.length)
    return {"packets": found}
