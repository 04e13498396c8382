# ---
# id: cwe863-r3-void-wrong-perm-v
# cwe: CWE-863
# vulnerable: true
# twin: none
# tags: django
# explanation: Admin action view that voids an invoice. It is guarded by the permission to view invoices rather than a permission to void them, so accounting clerks with read-only access can cancel invoices.
# ---
from django.contrib.auth.decorators import permission_required
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST


@require_POST
@permission_required("billing.view_invoice", raise_exception=True)  #@vuln
def void_invoice(request, pk):
    invoice = get_object_or_404(Invoice, pk=pk)
    invoice.status = Invoice.VOID
    invoice.voided_by = request.user
    invoice.save(update_fields=["status", "voided_by"])
    return redirect("billing:invoice", pk=pk)
