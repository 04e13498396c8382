# ---
# id: cwe502-r3-npz-measurements-b
# cwe: CWE-502
# vulnerable: false
# twin: none
# tags: numpy, flask
# explanation: Uploaded measurement archives are read with numpy.load and allow_pickle=False, so object arrays (which would need unpickling) are refused and only raw numeric arrays are loaded.
# ---
import numpy as np
from flask import request, abort


def upload_measurements():
    f = request.files.get("data")
    if f is None:
        abort(400)
    try:
        bundle = np.load(f.stream, allow_pickle=False)
    except ValueError:
        abort(422)
    return {name: bundle[name].shape[0] for name in bundle.files}
