# ---
# id: cwe502-r3-prefs-cookie-f
# cwe: CWE-502
# vulnerable: false
# twin: cwe502-r3-prefs-cookie-v
# tags: django, json, base64
# explanation: The preferences cookie is now decoded as JSON, which can only yield data, so a forged cookie at worst changes the user's own display settings and cannot execute code.
# ---
import base64
import json

DEFAULT_PREFS = {"theme": "light", "page_size": 25}


def get_preferences(request):
    blob = request.COOKIES.get("prefs")
    if not blob:
        return dict(DEFAULT_PREFS)
    try:
        prefs = json.loads(base64.urlsafe_b64decode(blob))
    except Exception:
        return dict(DEFAULT_PREFS)
    return {**DEFAULT_PREFS, **prefs}
