# ---
# id: cwe502-signed-after-load-v
# cwe: CWE-502
# vulnerable: true
# twin: cwe502-signed-after-load-f
# tags: pickle, hmac, django
# explanation: A Django view restores a wizard state token that carries a pickle and an HMAC. The code unpickles the payload first and checks the signature afterwards, so a forged token is deserialized (and its payload executed) before the signature check can reject it.
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
    state = pickle.loads(payload)  #@vuln
    expected = hmac.new(settings.SECRET_KEY.encode(), payload, hashlib.sha256).digest()
    if not hmac.compare_digest(signature, expected):
        raise ValueError("bad signature")
    return state


def resume_wizard(request):
    try:
        state = restore_state(request.POST["state"])
    except (KeyError, ValueError):
        return HttpResponseBadRequest("invalid wizard state")
    return JsonResponse({"step": state["step"], "answers": state["answers"]})
