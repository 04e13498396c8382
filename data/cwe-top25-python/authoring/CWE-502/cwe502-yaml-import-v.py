# ---
# id: cwe502-yaml-import-v
# cwe: CWE-502
# vulnerable: true
# twin: cwe502-yaml-import-f
# tags: fastapi, yaml
# explanation: A workflow service imports pipeline definitions posted as YAML and parses them with yaml.load(..., Loader=yaml.Loader). The full Loader honours tags such as !!python/object/apply:os.system, so a posted document executes commands during parsing.
# ---
import yaml
from fastapi import FastAPI, HTTPException, Request

app = FastAPI()
PIPELINES: dict[str, dict] = {}


def parse_pipeline(text: bytes) -> dict:
    doc = yaml.load(text, Loader=yaml.Loader)  #@vuln
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
