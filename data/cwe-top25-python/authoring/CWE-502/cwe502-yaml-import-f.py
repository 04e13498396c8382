# ---
# id: cwe502-yaml-import-f
# cwe: CWE-502
# vulnerable: false
# twin: cwe502-yaml-import-v
# tags: fastapi, yaml
# explanation: The pipeline import now uses yaml.safe_load, which only builds dicts, lists, strings, numbers and similar standard types and rejects python/* tags. A posted document can no longer instantiate objects or call functions while being parsed.
# ---
import yaml
from fastapi import FastAPI, HTTPException, Request

app = FastAPI()
PIPELINES: dict[str, dict] = {}


def parse_pipeline(text: bytes) -> dict:
    doc = yaml.safe_load(text)
    if not isinstance(doc, dict) or "steps" not in doc:
        raise ValueError("pipeline needs a 'steps' list")
    return doc


@app.post("/pipelines/{name}")
async def import_pipeline(name: str, request: Request):
    body = await request.body()
    try:
        pipeline = parse_pipeline(body)
    except (yaml.YAMLError, ValueError) as exc:
        raise HTTPException(status_code=422, detail=str(exc))
    PIPELINES[name] = pipeline
    return {"name": name, "steps": len(pipeline["steps"])}
