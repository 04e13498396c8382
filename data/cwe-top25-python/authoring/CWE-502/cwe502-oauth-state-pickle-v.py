# ---
# id: cwe502-oauth-state-pickle-v
# cwe: CWE-502
# vulnerable: true
# twin: none
# tags: flask, pickle, zlib, oauth
# explanation: An OAuth integration stores where to return after login in the "state" parameter as a compressed, base64-encoded pickle and unpickles it in the callback. The state value comes back from the browser unsigned, so anyone can send a crafted pickle to /oauth/callback and execute code on the server.
# ---
import base64
import pickle
import zlib

from flask import Flask, redirect, request, session

from integrations.oauth import authorization_url, exchange_code

app = Flask(__name__)
app.config.from_prefixed_env()


def encode_state(data: dict) -> str:
    return base64.urlsafe_b64encode(zlib.compress(pickle.dumps(data))).decode()


def decode_state(value: str) -> dict:
    return pickle.loads(zlib.decompress(base64.urlsafe_b64decode(value)))  #@vuln


@app.get("/connect/github")
def connect():
    state = encode_state({"next": request.args.get("next", "/settings/integrations"), "uid": session.get("uid")})
    return redirect(authorization_url(state=state))


@app.get("/oauth/callback")
def callback():
    state = decode_state(request.args["state"])
    session["github_token"] = exchange_code(request.args["code"])
    return redirect(state.get("next", "/") if str(state.get("next", "")).startswith("/") else "/")
