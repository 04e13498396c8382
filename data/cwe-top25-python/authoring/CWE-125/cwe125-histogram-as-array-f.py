# ---
# id: cwe125-histogram-as-array-f
# cwe: CWE-125
# vulnerable: false
# twin: cwe125-histogram-as-array-v
# tags: ctypes, numpy, fastapi
# explanation: bucket_view() now limits the view to min(buckets, hist_bucket_count()), the number of buckets the collector actually allocated, so the numpy view never extends past the C array.
# ---
import ctypes

import numpy as np
from fastapi import FastAPI, HTTPException, Query

collector = ctypes.CDLL("libmetricsc.so")
collector.hist_buckets.restype = ctypes.POINTER(ctypes.c_uint64)
collector.hist_buckets.argtypes = [ctypes.c_char_p]
collector.hist_bucket_count.restype = ctypes.c_size_t

app = FastAPI()


def bucket_view(metric: str, buckets: int) -> np.ndarray:
    ptr = collector.hist_buckets(metric.encode())
    if not ptr:
        raise HTTPException(status_code=404, detail="unknown metric")
    return np.ctypeslib.as_array(ptr, shape=(min(buckets, collector.hist_bucket_count()),))


@app.get("/metrics/{metric}/histogram")
def histogram(metric: str, buckets: int = Query(64, ge=1)):
    counts = bucket_view(metric, buckets).copy()
    total = int(counts.sum())
    return {"metric": metric, "total": total, "counts": counts.tolist()}
