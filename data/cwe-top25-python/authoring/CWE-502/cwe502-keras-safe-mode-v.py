# ---
# id: cwe502-keras-safe-mode-v
# cwe: CWE-502
# vulnerable: true
# twin: none
# tags: keras, tensorflow, fastapi
# explanation: A model-hosting API loads user-uploaded .keras files with keras.models.load_model(safe_mode=False). With safe mode off, Lambda layers in the archive are deserialized from marshalled Python bytecode, so an uploaded model runs arbitrary code on the server when it is loaded.
# ---
import tempfile

import keras
import numpy as np
from fastapi import FastAPI, UploadFile

app = FastAPI()


def load_uploaded(blob: bytes):
    with tempfile.NamedTemporaryFile(suffix=".keras") as tmp:
        tmp.write(blob)
        tmp.flush()
        return keras.models.load_model(tmp.name, safe_mode=False, compile=False)  #@vuln


@app.post("/models/smoke-test")
async def smoke_test(model_file: UploadFile):
    model = load_uploaded(await model_file.read())
    shape = [d or 1 for d in model.input_shape[1:]]
    output = model.predict(np.zeros([1, *shape], dtype="float32"), verbose=0)
    return {"layers": len(model.layers), "output_shape": list(output.shape)}
