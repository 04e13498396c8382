# ---
# id: cwe200-r2-fastapi-secretstr-status-b
# cwe: CWE-200
# vulnerable: false
# twin: none
# tags: fastapi, pydantic
# explanation: A FastAPI status endpoint reports build and runtime information. Secrets in the settings are typed as SecretStr and the response model only declares the non-secret fields, so FastAPI filters the output to those fields and no key or password can appear in the response.
# ---
import os
import platform
import time
from functools import lru_cache

from fastapi import Depends, FastAPI
from pydantic import BaseModel, BaseSettings, Field, SecretStr

BOOT = time.monotonic()


class Settings(BaseSettings):
    service: str = "ledger"
    environment: str = "staging"
    database_url: SecretStr = Field(..., env="LEDGER_DATABASE_URL")
    signing_key: SecretStr = Field(..., env="LEDGER_SIGNING_KEY")
    release: str = os.environ.get("GIT_SHA", "dev")


class StatusOut(BaseModel):
    service: str
    environment: str
    release: str
    python: str
    uptime_s: int
    database_configured: bool


@lru_cache
def settings() -> Settings:
    return Settings()


app = FastAPI()


@app.get("/status", response_model=StatusOut)
def status(s: Settings = Depends(settings)):
    return {
        **s.dict(),
        "python": platform.python_version(),
        "uptime_s": int(time.monotonic() - BOOT),
        "database_configured": bool(s.database_url.get_secret_value()),
    }
