# ---
# id: cwe400-timeout-session-adapter-b
# cwe: CWE-400
# vulnerable: false
# twin: none
# tags: requests, urllib3
# explanation: A CRM client calls session.get and session.post without a timeout argument, which looks alarming, but the session is a subclass whose request() fills in a default (connect, read) timeout whenever the caller omits one, and the adapter retries with backoff a bounded number of times. No call made through it can hang forever.
# ---
"""Thin client for the CRM REST API."""

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


class TimeoutSession(requests.Session):
    def __init__(self, timeout=(3.05, 15)):
        super().__init__()
        self.default_timeout = timeout
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self.mount("https://", HTTPAdapter(max_retries=retry))

    def request(self, method, url, **kwargs):
        kwargs.setdefault("timeout", self.default_timeout)
        return super().request(method, url, **kwargs)


class CrmClient:
    def __init__(self, base_url: str, token: str):
        self.base = base_url.rstrip("/")
        self.http = TimeoutSession()
        self.http.headers["Authorization"] = f"Bearer {token}"

    def contact(self, contact_id: int) -> dict:
        resp = self.http.get(f"{self.base}/contacts/{contact_id}")
        resp.raise_for_status()
        return resp.json()

    def add_note(self, contact_id: int, text: str) -> None:
        self.http.post(f"{self.base}/contacts/{contact_id}/notes", json={"text": text[:2000]}).raise_for_status()
