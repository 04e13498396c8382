# ---
# id: cwe79-fastapi-error-page-f
# cwe: CWE-79
# vulnerable: false
# twin: cwe79-fastapi-error-page-v
# tags: fastapi
# explanation: The OAuth error page now runs the provider's error_description through html.escape before inserting it into the HTMLResponse, so the attacker-controllable query parameter is shown as text and cannot add elements or script.
# ---
import html
from typing import Optional

from fastapi import FastAPI, Query
from fastapi.responses import HTMLResponse, RedirectResponse

from .oauth import exchange_code

app = FastAPI()


def error_page(title: str, detail: str) -> HTMLResponse:
    body = (
        "<html><body>"
        f"<h1>{title}</h1>"
        f"<p>The provider said: {html.escape(detail)}</p>"
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
