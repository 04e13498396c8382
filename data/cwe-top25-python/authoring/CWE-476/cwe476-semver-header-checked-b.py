# ---
# id: cwe476-semver-header-checked-b
# cwe: CWE-476
# vulnerable: false
# twin: none
# tags: fastapi, re
# explanation: A plugin registry reads the client's API version from a header with re.fullmatch and explicitly handles the None result with a 400 response before touching the match groups, so absent or malformed headers are rejected cleanly.
# ---
import re

from fastapi import FastAPI, Header, HTTPException

app = FastAPI()
VERSION_RE = re.compile(r"(\d{1,3})\.(\d{1,3})(?:\.(\d{1,4}))?")


def parse_version(raw: str) -> tuple:
    m = VERSION_RE.fullmatch(raw.strip())
    if m is None:
        raise HTTPException(status_code=400, detail="X-Api-Version must look like 1.2 or 1.2.3")
    major, minor, patch = m.groups(default="0")
    return int(major), int(minor), int(patch)


@app.get("/plugins")
async def plugins(x_api_version: str = Header(default="1.0")):
    version = parse_version(x_api_version)
    from .catalog import plugins_compatible_with

    return {"api": ".".join(map(str, version)), "plugins": await plugins_compatible_with(version)}
