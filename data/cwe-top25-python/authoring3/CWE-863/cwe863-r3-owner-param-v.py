# ---
# id: cwe863-r3-owner-param-v
# cwe: CWE-863
# vulnerable: true
# twin: cwe863-r3-owner-param-f
# tags: django
# explanation: Invoice PDF view that decides access by comparing the `owner` query parameter with the current user's id. The parameter is supplied by the client and says nothing about the invoice loaded by pk, so sending your own id with someone else's invoice id passes the check.
# ---
from django.http import FileResponse, HttpResponseForbidden
from django.shortcuts import get_object_or_404


def invoice_pdf(request, pk):
    if request.GET.get("owner") != str(request.user.pk):  #@vuln
        return HttpResponseForbidden()
    invoice = get_object_or_404(Invoice, pk=pk)
    return FileResponse(invoice.pdf.open("rb"), content_type="application/pdf")
