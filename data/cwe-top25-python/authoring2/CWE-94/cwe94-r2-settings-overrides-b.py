# ---
# id: cwe94-r2-settings-overrides-b
# cwe: CWE-94
# vulnerable: false
# twin: none
# tags: configparser, ast
# explanation: A config loader merges defaults, an INI file and APP_* environment variables, converting override strings into Python values with ast.literal_eval(). literal_eval only accepts literals (numbers, strings, lists, dicts, booleans, None) and raises on calls, names or attribute access, so an override cannot execute code; failures fall back to the raw string.
# ---
import ast
import configparser
import logging
import os
from pathlib import Path
from typing import Any, Dict, Mapping

log = logging.getLogger("app.settings")

DEFAULTS: Dict[str, Any] = {
    "workers": 4,
    "timeout": 30.0,
    "debug": False,
    "allowed_hosts": ["localhost"],
    "feature_flags": {},
}
ENV_MARK = "APP_"


def coerce(raw: str) -> Any:
    text = raw.strip()
    if text.lower() in ("true", "yes", "on"):
        return True
    if text.lower() in ("false", "no", "off"):
        return False
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return text


def from_ini(path: Path) -> Dict[str, Any]:
    parser = configparser.ConfigParser()
    if not parser.read(path, encoding="utf-8"):
        log.info("no settings file at %s", path)
        return {}
    return {key: coerce(value) for key, value in parser["app"].items()} if parser.has_section("app") else {}


def from_env(environ: Mapping[str, str]) -> Dict[str, Any]:
    out = {}
    for name, value in environ.items():
        if name.startswith(ENV_MARK):
            out[name[len(ENV_MARK):].lower()] = coerce(value)
    return out


def load_settings(path: Path = Path("/etc/app/app.ini"), environ: Mapping[str, str] = os.environ) -> Dict[str, Any]:
    settings = dict(DEFAULTS)
    for layer in (from_ini(path), from_env(environ)):
        unknown = set(layer) - set(DEFAULTS)
        if unknown:
            log.warning("ignoring unknown settings: %s", ", ".join(sorted(unknown)))
        settings.update({k: v for k, v in layer.items() if k in DEFAULTS})
    for key, default in DEFAULTS.items():
        if not isinstance(settings[key], type(default)) and not (isinstance(default, float) and isinstance(settings[key], int)):
            raise TypeError(f"setting {key!r} should be {type(default).__name__}, got {settings[key]!r}")
    return settings
