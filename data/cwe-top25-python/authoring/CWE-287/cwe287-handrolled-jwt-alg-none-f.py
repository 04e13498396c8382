# ---
# id: cwe287-handrolled-jwt-alg-none-f
# cwe: CWE-287
# vulnerable: false
# twin: cwe287-handrolled-jwt-alg-none-v
# tags: hmac, base64, json
# explanation: The verifier now accepts only HS256: any other `alg`, including "none", raises TokenError, and every accepted token must carry a valid HMAC-SHA256 signature made with the server secret and an unexpired `exp`.
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
    if alg != "HS256":
        raise TokenError(f"unsupported alg {alg}")
    expected = hmac.new(secret, f"{head_b64}.{body_b64}".encode(), hashlib.sha256).digest()
    if not hmac.compare_digest(expected, b64url_decode(sig_b64)):
        raise TokenError("bad signature")
    if payload.get("exp", 0) < time.time():
        raise TokenError("expired")
    return payload
