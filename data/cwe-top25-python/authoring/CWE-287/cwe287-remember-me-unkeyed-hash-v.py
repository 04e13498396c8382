# ---
# id: cwe287-remember-me-unkeyed-hash-v
# cwe: CWE-287
# vulnerable: true
# twin: none
# tags: aiohttp, hashlib
# explanation: The "remember me" cookie is "<user_id>:<sha256(user_id)>", and the middleware accepts it when the hash matches. Since the hash uses no secret, anyone can compute a valid cookie for any user id and be logged in without a password.
# ---
import hashlib

from aiohttp import web


def remember_value(user_id: int) -> str:
    digest = hashlib.sha256(str(user_id).encode()).hexdigest()
    return f"{user_id}:{digest}"


def user_id_from_cookie(value: str | None) -> int | None:
    if not value or ":" not in value:
        return None
    uid, digest = value.split(":", 1)
    if uid.isdigit() and hashlib.sha256(uid.encode()).hexdigest() == digest:  #@vuln
        return int(uid)
    return None


@web.middleware
async def remember_me(request: web.Request, handler):
    request["user_id"] = user_id_from_cookie(request.cookies.get("remember"))
    return await handler(request)


def set_remember_cookie(response: web.Response, user_id: int) -> None:
    response.set_cookie("remember", remember_value(user_id), max_age=30 * 86400, httponly=True)
