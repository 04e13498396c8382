# ---
# id: cwe20-logout-return-to-local-b
# cwe: CWE-20
# vulnerable: false
# twin: none
# tags: flask, flask-wtf
# explanation: The logout handler honours a return_to form field but only after is_local() resolves it against the app's own host URL and confirms the scheme is http(s) and the host is unchanged; backslashes and control characters, which browsers treat inconsistently, are rejected outright. Any other target falls back to the home page, so the redirect cannot leave the site.
# ---
from urllib.parse import urljoin, urlsplit

from flask import Flask, redirect, request, session, url_for
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
csrf = CSRFProtect(app)


def is_local(target: str) -> bool:
    if not target or "\\" in target or any(ord(c) < 32 for c in target):
        return False
    ref = urlsplit(request.host_url)
    test = urlsplit(urljoin(request.host_url, target))
    return test.scheme in ("http", "https") and test.netloc == ref.netloc


@app.post("/logout")
def logout():
    session.clear()
    target = request.form.get("return_to", "")
    if not is_local(target):
        target = url_for("index")
    return redirect(target)


@app.get("/")
def index():
    return "Signed out." if "user_id" not in session else "Welcome back."
