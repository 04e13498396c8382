# ---
# id: cwe269-r3-staff-promote-v
# cwe: CWE-269
# vulnerable: true
# twin: cwe269-r3-staff-promote-f
# tags: django
# explanation: Staff-only user administration API. Staff users may edit accounts, and the view copies the is_superuser flag from the request as well, so a staff member can make themselves (or any account) a superuser.
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
    user.is_superuser = request.POST.get("is_superuser") == "on"  #@vuln
    user.save()
    return JsonResponse({"id": user.pk})
