# ---
# id: cwe502-numpy-allow-pickle-v
# cwe: CWE-502
# vulnerable: true
# twin: cwe502-numpy-allow-pickle-f
# tags: numpy, flask
# explanation: A research portal accepts .npy uploads of measurement arrays and reads them with numpy.load(allow_pickle=True). With pickles allowed, an object-dtype file is unpickled on load, so an uploaded file can run code on the portal.
# ---
import io

import numpy as np
from flask import Flask, request, jsonify

app = Flask(__name__)


def read_array(upload) -> np.ndarray:
    data = io.BytesIO(upload.read())
    return np.load(data, allow_pickle=True)  #@vuln


@app.post("/measurements/summary")
def summarize():
    arr = read_array(request.files["array"])
    if arr.ndim != 2:
        return jsonify(error="expected a 2-D array"), 422
    return jsonify(
        shape=list(arr.shape),
        mean=np.nanmean(arr, axis=0).round(4).tolist(),
        std=np.nanstd(arr, axis=0).round(4).tolist(),
    )
