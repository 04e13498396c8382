# ---
# id: cwe287-handrolled-jwt-alg-none-v
# cwe: CWE-287
# vulnerable: true
# twin: cwe287-handrolled-jwt-alg-none-f
# tags: hmac, base64, json
# explanation: A hand-written JWT verifier for an embedded device API follows the token's own `alg` header and returns the payload without any signature when alg is "none". An attacker sends a token with alg none and any subject and is accepted as that user.
# ---
import base64
import hashlib
import hmac
import json
import time


def b64url_decode(part: str) -> bytes:
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))


class TokenError(Exception):
    pass


def verify_token(token: str, secret: bytes) -> dict:
    try:
        head_b64, body_b64, sig_b64 = token.split(".")
        header = json.loads(b64url_decode(head_b64))
        payload = json.loads(b64url_decode(body_b64))
    except ValueError as exc:
        raise TokenError("malformed token") from exc
    alg = header.get("alg")
    if alg == "none":  #@vuln
        return payload  #@vuln
    if alg != "HS256":
        raise TokenError(f"unsupported alg {alg}")
    expected = hmac.new(secret, f"{head_b64}.{body_b64}".encode(), hashlib.sha256).digest()
    if not hmac.compare_digest(expected, b64url_decode(sig_b64)):
        raise TokenError("bad signature")
    if payload.get("exp", 0) < time.time():
        raise TokenError("expired")
    return payload
