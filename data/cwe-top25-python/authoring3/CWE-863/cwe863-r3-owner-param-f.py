# ---
# id: cwe863-r3-owner-param-f
# cwe: CWE-863
# vulnerable: false
# twin: cwe863-r3-owner-param-v
# tags: django
# explanation: The view now checks the owner recorded on the invoice itself instead of a client-supplied parameter, so only the invoice's owner can download it.
# ---
from django.http import FileResponse, HttpResponseForbidden
from django.shortcuts import get_object_or_404


def invoice_pdf(request, pk):
    invoice = get_object_or_404(Invoice, pk=pk)
    if invoice.owner_id != request.user.pk:
        return HttpResponseForbidden()
    return FileResponse(invoice.pdf.open("rb"), content_type="application/pdf")
