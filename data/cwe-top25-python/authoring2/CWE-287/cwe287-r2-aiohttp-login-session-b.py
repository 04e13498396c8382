# ---
# id: cwe287-r2-aiohttp-login-session-b
# cwe: CWE-287
# vulnerable: false
# twin: none
# tags: aiohttp, argon2, asyncpg
# explanation: An aiohttp login handler for an internal wiki. It reads the stored argon2 hash for the user name, verifies the submitted password with PasswordHasher.verify, rejects disabled accounts, and only then creates a fresh session; an unknown user or wrong password yields the same 401 and no session.
# ---
import logging

from aiohttp import web
from aiohttp_session import get_session, new_session
from argon2 import PasswordHasher
from argon2.exceptions import VerificationError, InvalidHashError

log = logging.getLogger("wiki.auth")
hasher = PasswordHasher()
DUMMY_HASH = hasher.hash("placeholder-password-for-timing")


async def lookup(pool, username: str):
    async with pool.acquire() as conn:
        return await conn.fetchrow(
            "SELECT id, password_hash, disabled FROM wiki_users WHERE lower(username) = lower($1)",
            username,
        )


async def login(request: web.Request) -> web.Response:
    form = await request.post()
    username = str(form.get("username", "")).strip()
    password = str(form.get("password", ""))
    if not username or not password:
        raise web.HTTPBadRequest(text="username and password are required")

    row = await lookup(request.app["pool"], username)
    try:
        hasher.verify(row["password_hash"] if row else DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        log.info("failed login for %r", username)
        raise web.HTTPUnauthorized(text="wrong username or password")
    if row is None or row["disabled"]:
        raise web.HTTPUnauthorized(text="wrong username or password")

    session = await new_session(request)
    session["uid"] = row["id"]
    log.info("user %s logged in", row["id"])
    raise web.HTTPFound("/")


async def logout(request: web.Request) -> web.Response:
    session = await get_session(request)
    session.invalidate()
    raise web.HTTPFound("/login")


def setup_routes(app: web.Application) -> None:
    app.router.add_post("/login", login)
    app.router.add_post("/logout", logout)
