# ---
# id: cwe287-remote-user-header-v
# cwe: CWE-287
# vulnerable: true
# twin: none
# tags: flask, gunicorn
# explanation: The wiki trusts an X-Remote-User header as the logged-in identity, expecting an SSO proxy to set it, but the app is served by gunicorn on a public interface and nothing strips or verifies the header. Any client can send X-Remote-User: admin and act as the administrator.
# ---
from flask import Flask, abort, g, render_template, request

from .wiki import pages_for, save_page

app = Flask(__name__)


@app.before_request
def identify():
    g.user = request.headers.get("X-Remote-User")  #@vuln
    if g.user is None and request.endpoint not in ("static", "health"):
        abort(401)


@app.get("/health")
def health():
    return "ok"


@app.get("/")
def home():
    return render_template("home.html", pages=pages_for(g.user))


@app.post("/pages/<slug>")
def edit(slug):
    save_page(slug, request.form["content"], author=g.user)
    return "", 204


# run with: gunicorn -b 0.0.0.0:8000 wiki.app:app
