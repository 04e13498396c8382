# ---
# id: cwe863-void-invoice-perm-v
# cwe: CWE-863
# vulnerable: true
# twin: cwe863-void-invoice-perm-f
# tags: django
# explanation: Voiding an invoice cancels the debt, yet the view authorises it with the billing.view_invoice permission, which every account-team member has for read access. The check exists but tests the wrong permission, so read-only staff can void invoices.
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
    if not request.user.has_perm("billing.view_invoice"):  #@vuln
        raise PermissionDenied
    invoice = get_object_or_404(Invoice, number=number, status__in=["open", "overdue"])
    invoice.status = "void"
    invoice.voided_at = timezone.now()
    invoice.save(update_fields=["status", "voided_at"])
    InvoiceEvent.objects.create(invoice=invoice, kind="voided", actor=request.user,
                                note=request.POST.get("reason", "")[:500])
    return redirect("billing:invoice", number=number)
