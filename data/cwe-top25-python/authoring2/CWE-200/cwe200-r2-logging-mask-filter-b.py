# ---
# id: cwe200-r2-logging-mask-filter-b
# cwe: CWE-200
# vulnerable: false
# twin: none
# tags: logging, re, requests
# explanation: A small library module sets up logging for an HTTP client that talks to a payment provider. A logging.Filter masks card numbers, bearer tokens and password fields in every record before handlers see it, and the request hook logs only the method, URL path and status, never headers or bodies, so credentials do not end up in log files.
# ---
import logging
import re
from urllib.parse import urlsplit

import requests

PATTERNS = [
    (re.compile(r"\b(\d{6})\d{3,9}(\d{4})\b"), r"\1******\2"),
    (re.compile(r"(?i)(bearer\s+)[a-z0-9._~+/-]+=*"), r"\1[masked]"),
    (re.compile(r'(?i)("?(?:password|secret|api_key)"?\s*[:=]\s*"?)[^",\s]+'), r"\1[masked]"),
]


class MaskingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        for pattern, replacement in PATTERNS:
            message = pattern.sub(replacement, message)
        record.msg, record.args = message, None
        return True


def configure(level: int = logging.INFO) -> logging.Logger:
    logger = logging.getLogger("psp.client")
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    handler.addFilter(MaskingFilter())
    logger.addHandler(handler)
    logger.setLevel(level)
    return logger


def _log_response(response: requests.Response, *args, **kwargs) -> None:
    path = urlsplit(response.request.url).path
    logging.getLogger("psp.client").info(
        "%s %s -> %s in %.0f ms",
        response.request.method, path, response.status_code, response.elapsed.total_seconds() * 1000,
    )


def client(api_key: str) -> requests.Session:
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {api_key}"
    session.hooks["response"].append(_log_response)
    return session
