# ---
# id: cwe798-basic-auth-report-v
# cwe: CWE-798
# vulnerable: true
# twin: none
# tags: requests, reporting
# explanation: A reporting client calls the internal finance API with HTTP basic auth using a service account name and password passed as literals to requests. The password is embedded in every copy of the tool and cannot be rotated without redeploying code.
# ---
from dataclasses import dataclass
from datetime import date

import requests

FINANCE_API = "https://finance.internal.example.com/api/v2"


@dataclass
class LedgerClient:
    base_url: str = FINANCE_API

    def __post_init__(self):
        self.session = requests.Session()
        self.session.auth = ("svc_reporting", "R3p0rt!ng#2024")  #@vuln
        self.session.headers["Accept"] = "application/json"

    def balances(self, as_of: date) -> list[dict]:
        resp = self.session.get(f"{self.base_url}/balances", params={"as_of": as_of.isoformat()}, timeout=20)
        resp.raise_for_status()
        return resp.json()["accounts"]

    def journal(self, account: str, start: date, end: date) -> list[dict]:
        params = {"account": account, "from": start.isoformat(), "to": end.isoformat()}
        resp = self.session.get(f"{self.base_url}/journal", params=params, timeout=60)
        resp.raise_for_status()
        return resp.json()["entries"]
