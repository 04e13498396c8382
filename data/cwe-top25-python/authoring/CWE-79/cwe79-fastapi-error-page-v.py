# ---
# id: cwe79-fastapi-error-page-v
# cwe: CWE-79
# vulnerable: true
# twin: cwe79-fastapi-error-page-f
# tags: fastapi
# explanation: A FastAPI OAuth callback renders an HTMLResponse describing the failure and includes the `error_description` query parameter verbatim. The parameter is attacker-controlled (anyone can craft the callback URL), so it can carry script that runs on the application's origin.
# ---
from typing import Optional

from fastapi import FastAPI, Query
from fastapi.responses import HTMLResponse, RedirectResponse

from .oauth import exchange_code

app = FastAPI()


def error_page(title: str, detail: str) -> HTMLResponse:
    body = (
        "<html><body>"
        f"<h1>{title}</h1>"
        f"<p>The provider said: {detail}</p>"  #@vuln
        '<a href="/login">Try again</a>'
        "</body></html>"
    )
    return HTMLResponse(body, status_code=400)


@app.get("/oauth/callback")
async def oauth_callback(
    code: Optional[str] = None,
    error: Optional[str] = None,
    error_description: str = Query(default=""),
):
    if error or not code:
        return error_page("Sign-in failed", error_description)
    await exchange_code(code)
    return RedirectResponse("/")
