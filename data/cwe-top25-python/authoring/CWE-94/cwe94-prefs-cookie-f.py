# ---
# id: cwe94-prefs-cookie-f
# cwe: CWE-94
# vulnerable: false
# twin: cwe94-prefs-cookie-v
# tags: bottle, ast
# explanation: The preferences cookie is now parsed with ast.literal_eval, which only accepts Python literals (dicts, strings, numbers) and raises on calls or names. A tampered cookie can change preference values but cannot run code.
# ---
import ast

from bottle import Bottle, request, response, template

app = Bottle()
DEFAULT_PREFS = {"theme": "light", "page_size": 25, "tz": "UTC"}


def read_prefs():
    raw = request.get_cookie("prefs")
    prefs = dict(DEFAULT_PREFS)
    if raw:
        try:
            value = ast.literal_eval(raw)
        except (ValueError, SyntaxError):
            value = None
        if isinstance(value, dict):
            prefs.update(value)
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
