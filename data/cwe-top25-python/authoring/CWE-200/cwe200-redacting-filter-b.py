# ---
# id: cwe200-redacting-filter-b
# cwe: CWE-200
# vulnerable: false
# twin: none
# tags: logging, requests
# explanation: An HTTP client wrapper logs outgoing requests with their headers and bodies, which looks risky, but every header and body mapping passes through redact(), which replaces the values of Authorization, Cookie, API-key, password, token and secret entries with "***" before they are formatted into a log record.
# ---
import logging
import re

import requests

SENSITIVE = re.compile(r"(authorization|cookie|x-api-key|password|token|secret)", re.I)
log = logging.getLogger("outbound")


def redact(mapping):
    return {k: ("***" if SENSITIVE.search(k) else v) for k, v in mapping.items()}


def post_json(url, payload, headers):
    log.debug("POST %s headers=%s body=%s", url, redact(headers), redact(payload))
    resp = requests.post(url, json=payload, headers=headers, timeout=15)
    log.info("POST %s -> %s in %.0f ms", url, resp.status_code, resp.elapsed.total_seconds() * 1000)
    return resp


def get_json(url, headers, params=None):
    log.debug("GET %s headers=%s params=%s", url, redact(headers), redact(params or {}))
    resp = requests.get(url, headers=headers, params=params, timeout=15)
    resp.raise_for_status()
    return resp.json()
