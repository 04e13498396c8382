# ---
# id: cwe79-r2-oauth-callback-page-v
# cwe: CWE-79
# vulnerable: true
# twin: none
# tags: fastapi, oauth
# explanation: The OAuth callback endpoint of a FastAPI app shows a small HTML error page when the provider redirects back with an error. The 'error_description' query parameter is put into the HTMLResponse body with an f-string, so a crafted link to /auth/callback?error=x&error_description=<script>... runs script on the app's origin (reflected XSS). The success path only uses server-side data.
# ---
import logging
import os
import secrets
from typing import Optional

import httpx
from fastapi import APIRouter, Cookie, HTTPException, Query
from fastapi.responses import HTMLResponse, RedirectResponse

router = APIRouter(prefix="/auth")
log = logging.getLogger("auth.oauth")

TOKEN_URL = "https://id.example.com/oauth/token"
CLIENT_ID = os.environ.get("OAUTH_CLIENT_ID", "")
CLIENT_SECRET = os.environ.get("OAUTH_CLIENT_SECRET", "")
REDIRECT_URI = "https://app.example.com/auth/callback"


def error_page(message: str, status: int = 400) -> HTMLResponse:
    body = (
        "<!doctype html><html><head><title>Sign-in failed</title></head><body>"
        f"<h1>Sign-in failed</h1><p>{message}</p>"  #@vuln
        '<p><a href="/auth/login">Try again</a></p></body></html>'
    )
    return HTMLResponse(body, status_code=status)


@router.get("/callback")
async def callback(
    code: Optional[str] = Query(None),
    state: Optional[str] = Query(None),
    error: Optional[str] = Query(None),
    error_description: Optional[str] = Query(None),
    oauth_state: Optional[str] = Cookie(None),
):
    if error:
        log.info("provider returned error %s", error)
        return error_page(error_description or error)
    if not code or not state or not oauth_state or not secrets.compare_digest(state, oauth_state):
        raise HTTPException(status_code=400, detail="invalid state")
    async with httpx.AsyncClient(timeout=10) as client:
        resp = await client.post(
            TOKEN_URL,
            data={"grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT_URI},
            auth=(CLIENT_ID, CLIENT_SECRET),
        )
    if resp.status_code != 200:
        log.warning("token exchange failed: %s", resp.status_code)
        return error_page("The identity provider did not accept the sign-in.", 502)
    response = RedirectResponse("/")
    response.set_cookie("session", resp.json()["access_token"], httponly=True, secure=True, samesite="lax")
    response.delete_cookie("oauth_state")
    return response
