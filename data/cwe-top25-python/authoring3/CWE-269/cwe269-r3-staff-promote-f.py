# ---
# id: cwe269-r3-staff-promote-f
# cwe: CWE-269
# vulnerable: false
# twin: cwe269-r3-staff-promote-v
# tags: django
# explanation: Only superusers may now change the is_superuser flag; for other staff the flag keeps its stored value.
# ---
from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth import get_user_model
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST


@require_POST
@staff_member_required
def update_account(request, uid):
    user = get_object_or_404(get_user_model(), pk=uid)
    user.is_active = request.POST.get("is_active") == "on"
    user.is_staff = request.POST.get("is_staff") == "on"
    if request.user.is_superuser:
        user.is_superuser = request.POST.get("is_superuser") == "on"
    user.save()
    return JsonResponse({"id": user.pk})
