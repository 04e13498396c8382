# ---
# id: cwe918-r3-import-csv-url-v
# cwe: CWE-918
# vulnerable: true
# twin: none
# tags: pandas, fastapi
# explanation: A data-import endpoint lets users give a URL of a CSV to import and passes it straight to pandas.read_csv, which fetches http(s), ftp and file URLs. The server will read internal hosts or local files and expose them as imported rows.
# ---
import pandas as pd
from fastapi import HTTPException
from pydantic import BaseModel


class ImportRequest(BaseModel):
    source_url: str
    table: str


def import_from_url(req: ImportRequest, db):
    try:
        frame = pd.read_csv(req.source_url, nrows=50_000)  #@vuln
    except Exception as exc:
        raise HTTPException(status_code=422, detail=str(exc))
    frame.to_sql(req.table, db, if_exists="append", index=False)
    return {"rows": len(frame)}
