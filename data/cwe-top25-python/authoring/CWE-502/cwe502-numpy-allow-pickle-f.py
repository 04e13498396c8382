# ---
# id: cwe502-numpy-allow-pickle-f
# cwe: CWE-502
# vulnerable: false
# twin: cwe502-numpy-allow-pickle-v
# tags: numpy, flask
# explanation: The upload is now read with numpy.load(allow_pickle=False), so object arrays that would require unpickling raise ValueError instead of being loaded; only plain numeric arrays are accepted.
# ---
import io

import numpy as np
from flask import Flask, request, jsonify

app = Flask(__name__)


def read_array(upload) -> np.ndarray:
    data = io.BytesIO(upload.read())
    return np.load(data, allow_pickle=False)


@app.post("/measurements/summary")
def summarize():
    try:
        arr = read_array(request.files["array"])
    except ValueError:
        return jsonify(error="unsupported array file"), 422
    if arr.ndim != 2:
        return jsonify(error="expected a 2-D array"), 422
    return jsonify(
        shape=list(arr.shape),
        mean=np.nanmean(arr, axis=0).round(4).tolist(),
        std=np.nanstd(arr, axis=0).round(4).tolist(),
    )
