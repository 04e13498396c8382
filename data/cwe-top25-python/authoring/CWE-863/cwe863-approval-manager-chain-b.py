# ---
# id: cwe863-approval-manager-chain-b
# cwe: CWE-863
# vulnerable: false
# twin: none
# tags: django
# explanation: Leave requests can only be approved by the requester's line manager as stored on the employee record, never by the requester, and only while pending. The approver identity comes from request.user and the manager relation from the database, so the check covers the right object and the right person.
# ---
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST

from hr.models import LeaveRequest


@login_required
@require_POST
def approve_leave(request, pk):
    with transaction.atomic():
        leave = get_object_or_404(LeaveRequest.objects.select_for_update(), pk=pk, status="pending")
        employee = leave.employee
        if employee.user_id == request.user.id or employee.manager_id != request.user.id:
            raise PermissionDenied
        leave.status = "approved"
        leave.decided_by = request.user
        leave.save(update_fields=["status", "decided_by"])
    return redirect("hr:team_leave")
