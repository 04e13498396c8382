# ---
# id: cwe476-invoice-get-or-404-b
# cwe: CWE-476
# vulnerable: false
# twin: none
# tags: django
# explanation: An invoice PDF view loads the invoice with get_object_or_404 scoped to the requesting user's account, so a missing or foreign invoice raises Http404 before any attribute is used; the optional billing contact is read with an explicit None check.
# ---
from django.contrib.auth.decorators import login_required
from django.http import FileResponse
from django.shortcuts import get_object_or_404

from billing.models import Invoice
from billing.pdf import render_invoice_pdf


@login_required
def invoice_pdf(request, number):
    invoice = get_object_or_404(Invoice, number=number, account=request.user.account)
    contact = invoice.account.billing_contact
    recipient = contact.email if contact is not None else request.user.email
    pdf = render_invoice_pdf(invoice, recipient=recipient)
    return FileResponse(pdf, as_attachment=True, filename=f"invoice-{invoice.number}.pdf")
