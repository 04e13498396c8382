# ---
# id: cwe125-histogram-as-array-v
# cwe: CWE-125
# vulnerable: true
# twin: cwe125-histogram-as-array-f
# tags: ctypes, numpy, fastapi
# explanation: A metrics service exposes latency histograms kept by a C collector. The handler wraps the collector's bucket pointer in a numpy view whose length is the "buckets" query parameter rather than the collector's bucket count, so asking for 100000 buckets reads (and returns) memory far beyond the histogram array.
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
    return np.ctypeslib.as_array(ptr, shape=(buckets,))  #@vuln


@app.get("/metrics/{metric}/histogram")
def histogram(metric: str, buckets: int = Query(64, ge=1)):
    counts = bucket_view(metric, buckets).copy()
    total = int(counts.sum())
    return {"metric": metric, "total": total, "counts": counts.tolist()}
