# ---
# id: cwe476-r3-get-or-404-b
# cwe: CWE-476
# vulnerable: false
# twin: none
# tags: django
# explanation: get_object_or_404 either returns an Invoice or raises Http404, so the attribute accesses after it never run on None even though the id comes from the URL.
# ---
from django.http import JsonResponse
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404


@login_required
def invoice_detail(request, invoice_id):
    invoice = get_object_or_404(Invoice, pk=invoice_id, account=request.user.account)
    return JsonResponse({
        "number": invoice.number,
        "total": str(invoice.total),
        "customer": invoice.customer.name,
        "paid": invoice.paid_at is not None,
    })
