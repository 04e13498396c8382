# ---
# id: cwe200-r2-fastapi-diagnostics-v
# cwe: CWE-200
# vulnerable: true
# twin: cwe200-r2-fastapi-diagnostics-f
# tags: fastapi, pydantic
# explanation: A FastAPI service exposes an unauthenticated /diagnostics endpoint for the support team to check a deployment. Besides version and uptime it returns settings.dict() in full, which includes the database URL with its password, the Stripe secret key and the session signing key, so anyone who finds the endpoint obtains the service's secrets.
# ---
import platform
import time
from functools import lru_cache

from fastapi import FastAPI
from pydantic import BaseSettings, Field

STARTED = time.time()


class Settings(BaseSettings):
    app_name: str = "storefront"
    environment: str = "production"
    database_url: str = Field(..., env="DATABASE_URL")
    stripe_secret_key: str = Field(..., env="STRIPE_SECRET_KEY")
    session_key: str = Field(..., env="SESSION_KEY")
    log_level: str = "INFO"
    max_cart_items: int = 100
    cdn_base: str = "https://cdn.storefront.example"


@lru_cache
def get_settings() -> Settings:
    return Settings()


PUBLIC_SETTING_KEYS = ("app_name", "environment", "log_level", "max_cart_items", "cdn_base")
app = FastAPI()


def uptime() -> str:
    seconds = int(time.time() - STARTED)
    days, rem = divmod(seconds, 86400)
    hours, rem = divmod(rem, 3600)
    return f"{days}d {hours}h {rem // 60}m"


@app.get("/diagnostics")
def diagnostics():
    settings = get_settings()
    return {
        "python": platform.python_version(),
        "uptime": uptime(),
        "settings": settings.dict(),  #@vuln
    }


@app.get("/healthz")
def healthz():
    return {"ok": True}
