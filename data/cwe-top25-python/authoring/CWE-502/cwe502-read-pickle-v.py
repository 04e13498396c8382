# ---
# id: cwe502-read-pickle-v
# cwe: CWE-502
# vulnerable: true
# twin: cwe502-read-pickle-f
# tags: pandas, fastapi
# explanation: A data-sharing API accepts DataFrames as .pkl uploads and opens them with pandas.read_pickle, which uses pickle underneath. A crafted upload executes code while the DataFrame is being "read".
# ---
import io

import pandas as pd
from fastapi import FastAPI, File, HTTPException, UploadFile

app = FastAPI()
DATASETS: dict[str, pd.DataFrame] = {}


def to_frame(blob: bytes) -> pd.DataFrame:
    frame = pd.read_pickle(io.BytesIO(blob))  #@vuln
    if not isinstance(frame, pd.DataFrame):
        raise HTTPException(status_code=422, detail="upload is not a DataFrame")
    return frame


@app.post("/datasets/{name}")
async def upload_dataset(name: str, data: UploadFile = File(...)):
    frame = to_frame(await data.read())
    DATASETS[name] = frame
    return {"name": name, "rows": len(frame), "columns": list(map(str, frame.columns))}
