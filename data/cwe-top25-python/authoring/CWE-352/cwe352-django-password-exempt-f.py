# ---
# id: cwe352-django-password-exempt-f
# cwe: CWE-352
# vulnerable: false
# twin: cwe352-django-password-exempt-v
# tags: django
# explanation: The password view is now decorated with csrf_protect instead of csrf_exempt, so Django requires a valid CSRF token (form field or X-CSRFToken header) on the POST; a cross-site request cannot supply it and is rejected with 403.
# ---
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth.decorators import login_required
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.http import require_POST


@csrf_protect
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
