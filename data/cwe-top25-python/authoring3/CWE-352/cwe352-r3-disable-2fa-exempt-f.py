# ---
# id: cwe352-r3-disable-2fa-exempt-f
# cwe: CWE-352
# vulnerable: false
# twin: cwe352-r3-disable-2fa-exempt-v
# tags: django
# explanation: Without csrf_exempt the view is covered by Django's CsrfViewMiddleware, so the POST must carry the per-session CSRF token that a cross-site page cannot read, and forged requests are rejected with 403.
# ---
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST


@login_required
@require_POST
def disable_two_factor(request):
    device = request.user.totp_devices.filter(confirmed=True).first()
    if device is None:
        return JsonResponse({"enabled": False})
    device.delete()
    request.user.profile.two_factor_enabled = False
    request.user.profile.save(update_fields=["two_factor_enabled"])
    return JsonResponse({"enabled": False})
