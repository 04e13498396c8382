# ---
# id: cwe200-frontend-config-v
# cwe: CWE-200
# vulnerable: true
# twin: cwe200-frontend-config-f
# tags: fastapi, pydantic
# explanation: A single-page app fetches its runtime configuration from /config.json, which the backend produces by dumping its entire settings object. Besides public values it contains the Stripe secret key, the SMTP password and the JWT signing key, all sent to every browser.
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
    return settings.model_dump()  #@vuln
