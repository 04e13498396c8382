# ---
# id: cwe94-prefs-cookie-v
# cwe: CWE-94
# vulnerable: true
# twin: cwe94-prefs-cookie-f
# tags: bottle, eval
# explanation: A Bottle app stores display preferences in a cookie as the repr() of a dict and reads them back with eval. The cookie is client-controlled, so "__import__('os').system('...')" in it is executed on every page view.
# ---
from bottle import Bottle, request, response, template

app = Bottle()
DEFAULT_PREFS = {"theme": "light", "page_size": 25, "tz": "UTC"}


def read_prefs():
    raw = request.get_cookie("prefs")
    prefs = dict(DEFAULT_PREFS)
    if raw:
        prefs.update(eval(raw))  #@vuln
    return prefs


@app.post("/prefs")
def save_prefs():
    prefs = read_prefs()
    prefs["theme"] = request.forms.get("theme", prefs["theme"])
    prefs["page_size"] = int(request.forms.get("page_size", prefs["page_size"]))
    response.set_cookie("prefs", repr(prefs), httponly=True, samesite="lax")
    return {"ok": True}


@app.get("/")
def home():
    return template("home", prefs=read_prefs())
