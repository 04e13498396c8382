# ---
# id: cwe863-r3-void-right-perm-b
# cwe: CWE-863
# vulnerable: false
# twin: none
# tags: django
# explanation: Invoice void view guarded by a dedicated void permission that only finance leads hold, and which refuses invoices that are already paid.
# ---
from django.contrib.auth.decorators import permission_required
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST


@require_POST
@permission_required("billing.void_invoice", raise_exception=True)
def cancel_invoice(request, pk):
    invoice = get_object_or_404(Invoice, pk=pk)
    if invoice.paid_at is not None:
        return HttpResponseBadRequest("paid invoices cannot be voided")
    invoice.status = Invoice.VOID
    invoice.save(update_fields=["status"])
    return redirect("billing:invoice", pk=pk)
