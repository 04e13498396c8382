# ---
# id: cwe863-void-invoice-perm-f
# cwe: CWE-863
# vulnerable: false
# twin: cwe863-void-invoice-perm-v
# tags: django
# explanation: The view now requires the dedicated billing.void_invoice permission, held only by finance approvers, instead of the read permission, so read-only staff are refused with PermissionDenied.
# ---
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.views.decorators.http import require_POST

from billing.models import Invoice, InvoiceEvent


@login_required
@require_POST
def void_invoice(request, number):
    if not request.user.has_perm("billing.void_invoice"):
        raise PermissionDenied
    invoice = get_object_or_404(Invoice, number=number, status__in=["open", "overdue"])
    invoice.status = "void"
    invoice.voided_at = timezone.now()
    invoice.save(update_fields=["status", "voided_at"])
    InvoiceEvent.objects.create(invoice=invoice, kind="voided", actor=request.user,
                                note=request.POST.get("reason", "")[:500])
    return redirect("billing:invoice", number=number)
