# ---
# id: cwe200-r2-django-reset-token-response-v
# cwe: CWE-200
# vulnerable: true
# twin: none
# tags: django, json
# explanation: A Django JSON endpoint starts a password reset for the mobile app. It e-mails the reset link, but it also returns the uid and reset token in the HTTP response to whoever made the request, so anyone who knows a victim's e-mail address receives a valid token for that account without access to the mailbox.
# ---
import json
import logging

from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import send_mail
from django.http import HttpRequest, JsonResponse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.views.decorators.http import require_POST

log = logging.getLogger(__name__)
User = get_user_model()
RESET_URL = "https://app.example.com/reset/{uid}/{token}"


def _reset_link(user) -> tuple[str, str, str]:
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    return uid, token, RESET_URL.format(uid=uid, token=token)


@require_POST
def start_password_reset(request: HttpRequest) -> JsonResponse:
    try:
        payload = json.loads(request.body or b"{}")
    except json.JSONDecodeError:
        return JsonResponse({"error": "invalid JSON"}, status=400)
    email = str(payload.get("email", "")).strip().lower()
    if not email:
        return JsonResponse({"error": "email is required"}, status=400)

    user = User.objects.filter(email__iexact=email, is_active=True).first()
    if user is None:
        log.info("password reset for unknown address")
        return JsonResponse({"status": "sent"}, status=202)

    uid, token, link = _reset_link(user)
    send_mail(
        "Reset your password",
        f"Use this link to choose a new password: {link}\nIt expires in 3 days.",
        None,
        [user.email],
    )
    log.info("password reset mail sent to user %s", user.pk)
    return JsonResponse({"status": "sent", "uid": uid, "token": token}, status=202)  #@vuln
