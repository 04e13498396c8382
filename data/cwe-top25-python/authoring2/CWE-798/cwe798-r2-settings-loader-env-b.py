# ---
# id: cwe798-r2-settings-loader-env-b
# cwe: CWE-798
# vulnerable: false
# twin: none
# tags: dataclasses, tomllib, os
# explanation: A config loader for a payments worker merges a TOML file with environment variables. Names such as DB_PASSWORD_ENV and API_KEY_FILE_ENV are only the names of variables, the secrets themselves are read at run time from the environment or from files mounted by the orchestrator, and the loader refuses to start if a secret is missing; the only literals are non-secret defaults like hosts and timeouts.
# ---
import logging
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger("worker.config")

DEFAULT_CONFIG = Path("/etc/payments-worker/config.toml")
DB_PASSWORD_ENV = "PAYMENTS_DB_PASSWORD"
API_KEY_FILE_ENV = "PSP_API_KEY_FILE"


class ConfigError(RuntimeError):
    pass


@dataclass(frozen=True)
class Settings:
    db_host: str = "localhost"
    db_port: int = 5432
    db_name: str = "payments"
    db_user: str = "payments_worker"
    db_password: str = field(default="", repr=False)
    psp_api_key: str = field(default="", repr=False)
    request_timeout: float = 15.0


def _read_secret_file(env_name: str) -> str:
    path = os.environ.get(env_name)
    if not path:
        raise ConfigError(f"{env_name} must point at the mounted secret file")
    value = Path(path).read_text(encoding="utf-8").strip()
    if not value:
        raise ConfigError(f"secret file {path} is empty")
    return value


def load_settings(path: Path = DEFAULT_CONFIG) -> Settings:
    data = {}
    if path.exists():
        with path.open("rb") as fh:
            data = tomllib.load(fh).get("worker", {})
    password = os.environ.get(DB_PASSWORD_ENV)
    if not password:
        raise ConfigError(f"{DB_PASSWORD_ENV} is not set")
    allowed = {"db_host", "db_port", "db_name", "db_user", "request_timeout"}
    unknown = set(data) - allowed
    if unknown:
        log.warning("ignoring unknown config keys: %s", ", ".join(sorted(unknown)))
    settings = Settings(
        **{k: v for k, v in data.items() if k in allowed},
        db_password=password,
        psp_api_key=_read_secret_file(API_KEY_FILE_ENV),
    )
    log.info("config loaded: %s", settings)
    return settings
