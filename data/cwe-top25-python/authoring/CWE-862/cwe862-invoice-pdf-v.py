# ---
# id: cwe862-invoice-pdf-v
# cwe: CWE-862
# vulnerable: true
# twin: cwe862-invoice-pdf-f
# tags: flask, flask-login, flask-sqlalchemy
# explanation: The invoice download requires a logged-in customer but loads the invoice by its sequential id alone and never checks that it belongs to the requester. Any customer can iterate ids and download other companies' invoices with their addresses and amounts.
# ---
from io import BytesIO

from flask import Blueprint, send_file
from flask_login import login_required

from .models import Invoice
from .pdf import render_invoice_pdf

billing = Blueprint("billing", __name__, url_prefix="/billing")


@billing.route("/invoices/<int:invoice_id>.pdf")
@login_required
def invoice_pdf(invoice_id):
    invoice = Invoice.query.get_or_404(invoice_id)  #@vuln
    pdf_bytes = render_invoice_pdf(invoice)
    return send_file(
        BytesIO(pdf_bytes),
        mimetype="application/pdf",
        download_name=f"invoice-{invoice.number}.pdf",
    )
