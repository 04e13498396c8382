# ---
# id: cwe502-npz-default-b
# cwe: CWE-502
# vulnerable: false
# twin: none
# tags: numpy, fastapi
# explanation: An imaging API loads uploaded .npz archives with numpy.load using its default allow_pickle=False. Object arrays that would need unpickling raise ValueError and are answered with 422, so uploads can only deliver numeric arrays.
# ---
import io

import numpy as np
from fastapi import FastAPI, HTTPException, UploadFile

app = FastAPI()


@app.post("/volumes/stats")
async def volume_stats(upload: UploadFile):
    blob = io.BytesIO(await upload.read())
    try:
        with np.load(blob) as archive:
            volume = archive["volume"]
            spacing = archive["spacing"] if "spacing" in archive.files else np.ones(3)
    except (ValueError, KeyError, OSError):
        raise HTTPException(status_code=422, detail="expected an .npz with a 'volume' array")
    voxel = float(np.prod(spacing))
    return {
        "shape": list(volume.shape),
        "mean": float(volume.mean()),
        "volume_mm3": float((volume > 0).sum() * voxel),
    }
