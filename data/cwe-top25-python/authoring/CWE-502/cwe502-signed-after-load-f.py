# ---
# id: cwe502-signed-after-load-f
# cwe: CWE-502
# vulnerable: false
# twin: cwe502-signed-after-load-v
# tags: pickle, hmac, django
# explanation: The wizard token's HMAC is now verified with hmac.compare_digest before pickle.loads is called. Only payloads signed with the server's SECRET_KEY, i.e. produced by the server itself, are ever unpickled.
# ---
import base64
import hashlib
import hmac
import pickle

from django.conf import settings
from django.http import HttpResponseBadRequest, JsonResponse


def restore_state(token: str):
    raw = base64.urlsafe_b64decode(token.encode())
    signature, payload = raw[:32], raw[32:]
    expected = hmac.new(settings.SECRET_KEY.encode(), payload, hashlib.sha256).digest()
    if not hmac.compare_digest(signature, expected):
        raise ValueError("bad signature")
    state = pickle.loads(payload)
    return state


def resume_wizard(request):
    try:
        state = restore_state(request.POST["state"])
    except (KeyError, ValueError):
        return HttpResponseBadRequest("invalid wizard state")
    return JsonResponse({"step": state["step"], "answers": state["answers"]})
