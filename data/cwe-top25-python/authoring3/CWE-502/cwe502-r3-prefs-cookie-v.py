# ---
# id: cwe502-r3-prefs-cookie-v
# cwe: CWE-502
# vulnerable: true
# twin: cwe502-r3-prefs-cookie-f
# tags: django, pickle, base64
# explanation: A Django helper restores display preferences from a base64 cookie by unpickling it. Cookies are fully client-controlled, so a crafted cookie runs arbitrary code on the server during pickle.loads.
# ---
import base64
import pickle

DEFAULT_PREFS = {"theme": "light", "page_size": 25}


def get_preferences(request):
    blob = request.COOKIES.get("prefs")
    if not blob:
        return dict(DEFAULT_PREFS)
    try:
        prefs = pickle.loads(base64.urlsafe_b64decode(blob))  #@vuln
    except Exception:
        return dict(DEFAULT_PREFS)
    return {**DEFAULT_PREFS, **prefs}
