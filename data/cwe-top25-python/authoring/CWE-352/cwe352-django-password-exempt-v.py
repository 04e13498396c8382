# ---
# id: cwe352-django-password-exempt-v
# cwe: CWE-352
# vulnerable: true
# twin: cwe352-django-password-exempt-f
# tags: django
# explanation: A Django view that sets a new password for the logged-in user is decorated with csrf_exempt. The site uses session cookies, so any page the victim visits can POST new_password to this URL and the browser attaches the session cookie; the attacker then knows the victim's password.
# ---
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth.decorators import login_required
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST


@csrf_exempt  #@vuln
@require_POST
@login_required
def set_password(request):
    new_password = request.POST.get("new_password", "")
    try:
        validate_password(new_password, user=request.user)
    except ValidationError as exc:
        return JsonResponse({"ok": False, "errors": exc.messages}, status=400)
    request.user.set_password(new_password)
    request.user.save(update_fields=["password"])
    update_session_auth_hash(request, request.user)
    return JsonResponse({"ok": True})
