# ---
# id: cwe287-oidc-id-token-unverified-v
# cwe: CWE-287
# vulnerable: true
# twin: none
# tags: django, pyjwt, requests
# explanation: The OpenID Connect callback exchanges the code for tokens and then reads the e-mail from the id_token with jwt.decode(..., options={"verify_signature": False}). The front end also posts id_tokens directly to this view, so an attacker can submit a self-made token with any verified e-mail and be logged in as that user.
# ---
import jwt
import requests
from django.conf import settings
from django.contrib.auth import get_user_model, login
from django.http import HttpResponseBadRequest
from django.shortcuts import redirect

User = get_user_model()


def tokens_from_request(request):
    if "id_token" in request.POST:
        return {"id_token": request.POST["id_token"]}
    resp = requests.post(settings.OIDC_TOKEN_URL, data={
        "grant_type": "authorization_code", "code": request.GET["code"],
        "client_id": settings.OIDC_CLIENT_ID, "client_secret": settings.OIDC_CLIENT_SECRET,
        "redirect_uri": settings.OIDC_REDIRECT_URI,
    }, timeout=10)
    resp.raise_for_status()
    return resp.json()


def oidc_callback(request):
    tokens = tokens_from_request(request)
    claims = jwt.decode(tokens["id_token"], options={"verify_signature": False})  #@vuln
    if not claims.get("email_verified"):
        return HttpResponseBadRequest("e-mail not verified")
    user, _ = User.objects.get_or_create(email=claims["email"], defaults={"username": claims["email"]})
    login(request, user, backend="django.contrib.auth.backends.ModelBackend")
    return redirect("home")
