# ---
# id: cwe200-token-in-log-v
# cwe: CWE-200
# vulnerable: true
# twin: none
# tags: requests, logging, oauth
# explanation: An OAuth client logs the complete token response at INFO level after exchanging an authorization code. Access and refresh tokens end up in log aggregation where any engineer or log vendor can reuse them to act as the user (CWE-532 under CWE-200).
# ---
import logging

import requests

log = logging.getLogger("oauth")
TOKEN_URL = "https://accounts.example.com/oauth/token"


def exchange_code(code: str, client_id: str, client_secret: str, redirect_uri: str) -> dict:
    resp = requests.post(
        TOKEN_URL,
        data={
            "grant_type": "authorization_code",
            "code": code,
            "client_id": client_id,
            "client_secret": client_secret,
            "redirect_uri": redirect_uri,
        },
        timeout=15,
    )
    resp.raise_for_status()
    tokens = resp.json()
    log.info("token exchange ok for client %s: %s", client_id, tokens)  #@vuln
    return tokens
