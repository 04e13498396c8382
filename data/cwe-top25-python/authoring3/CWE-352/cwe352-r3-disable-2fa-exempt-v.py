# ---
# id: cwe352-r3-disable-2fa-exempt-v
# cwe: CWE-352
# vulnerable: true
# twin: cwe352-r3-disable-2fa-exempt-f
# tags: django
# explanation: The view that turns off two-factor authentication is authenticated by the Django session cookie but marked csrf_exempt. Any site the user visits can auto-submit a POST to it and silently disable the victim's 2FA.
# ---
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST


@csrf_exempt  #@vuln
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
