# ---
# id: cwe200-frontend-config-f
# cwe: CWE-200
# vulnerable: false
# twin: cwe200-frontend-config-v
# tags: fastapi, pydantic
# explanation: The config endpoint now dumps only an explicit set of browser-safe fields (API URL, publishable key, Sentry DSN, feature flags); secret keys and passwords stay on the server.
# ---
from fastapi import FastAPI
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    public_api_url: str = "https://api.example.com"
    stripe_publishable_key: str
    stripe_secret_key: str
    smtp_password: str
    jwt_signing_key: str
    sentry_dsn: str = ""
    feature_flags: dict[str, bool] = {}


settings = Settings()
app = FastAPI()


@app.get("/config.json")
def frontend_config():
    return settings.model_dump(include={"public_api_url", "stripe_publishable_key", "sentry_dsn", "feature_flags"})
