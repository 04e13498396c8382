# ---
# id: cwe287-r3-reset-token-bound-b
# cwe: CWE-287
# vulnerable: false
# twin: none
# tags: django
# explanation: Password reset confirmation that looks the token up together with its owner and ignores any user named in the form: the account whose password changes is the one the unexpired token was issued to.
# ---
from django.http import HttpResponseBadRequest, HttpResponse
from django.utils import timezone


def reset_confirm(request):
    token = request.POST.get("token", "")
    rec = (ResetToken.objects.select_related("user")
           .filter(token=token, used=False, expires__gt=timezone.now()).first())
    if rec is None:
        return HttpResponseBadRequest("invalid token")
    rec.user.set_password(request.POST["password"])
    rec.user.save()
    rec.used = True
    rec.save(update_fields=["used"])
    return HttpResponse("ok")
