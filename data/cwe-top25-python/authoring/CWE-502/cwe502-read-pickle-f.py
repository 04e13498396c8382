# ---
# id: cwe502-read-pickle-f
# cwe: CWE-502
# vulnerable: false
# twin: cwe502-read-pickle-v
# tags: pandas, fastapi, parquet
# explanation: Uploads are now read with pandas.read_parquet instead of read_pickle. Parquet is a columnar data format whose reader only reconstructs typed columns, so a crafted file cannot execute code while being loaded.
# ---
import io

import pandas as pd
from fastapi import FastAPI, File, HTTPException, UploadFile

app = FastAPI()
DATASETS: dict[str, pd.DataFrame] = {}


def to_frame(blob: bytes) -> pd.DataFrame:
    frame = pd.read_parquet(io.BytesIO(blob))
    if not isinstance(frame, pd.DataFrame):
        raise HTTPException(status_code=422, detail="upload is not a DataFrame")
    return frame


@app.post("/datasets/{name}")
async def upload_dataset(name: str, data: UploadFile = File(...)):
    frame = to_frame(await data.read())
    DATASETS[name] = frame
    return {"name": name, "rows": len(frame), "columns": list(map(str, frame.columns))}
