# ---
# id: cwe798-public-client-id-b
# cwe: CWE-798
# vulnerable: false
# twin: none
# tags: requests, oauth, secrets, hashlib
# explanation: A desktop CLI signs users in with the OAuth authorization-code flow with PKCE and has its client_id as a constant. A native app's client_id is public by design (it has no client secret); the code verifier is generated per login with secrets and the resulting tokens belong to the user, so nothing in the code is a credential.
# ---
import base64
import hashlib
import secrets
import webbrowser
from urllib.parse import urlencode

import requests

AUTHORIZE_URL = "https://login.example.com/oauth2/authorize"
TOKEN_URL = "https://login.example.com/oauth2/token"
CLIENT_ID = "cli-3f9a2c71"
REDIRECT_URI = "http://127.0.0.1:8765/callback"


def pkce_pair():
    verifier = secrets.token_urlsafe(64)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    return verifier, challenge


def start_login(state: str) -> str:
    verifier, challenge = pkce_pair()
    query = urlencode({"client_id": CLIENT_ID, "response_type": "code", "redirect_uri": REDIRECT_URI,
                       "code_challenge": challenge, "code_challenge_method": "S256", "state": state,
                       "scope": "openid offline_access"})
    webbrowser.open(f"{AUTHORIZE_URL}?{query}")
    return verifier


def exchange(code: str, verifier: str) -> dict:
    resp = requests.post(TOKEN_URL, data={"grant_type": "authorization_code", "client_id": CLIENT_ID, "code": code,
                                          "redirect_uri": REDIRECT_URI, "code_verifier": verifier}, timeout=15)
    resp.raise_for_status()
    return resp.json()
