# ---
# id: cwe862-invoice-pdf-f
# cwe: CWE-862
# vulnerable: false
# twin: cwe862-invoice-pdf-v
# tags: flask, flask-login, flask-sqlalchemy
# explanation: The invoice is now looked up by id and by the logged-in customer's account id together, so a customer asking for someone else's invoice gets a 404 and only their own invoices can be downloaded.
# ---
from io import BytesIO

from flask import Blueprint, send_file
from flask_login import current_user, login_required

from .models import Invoice
from .pdf import render_invoice_pdf

billing = Blueprint("billing", __name__, url_prefix="/billing")


@billing.route("/invoices/<int:invoice_id>.pdf")
@login_required
def invoice_pdf(invoice_id):
    invoice = Invoice.query.filter_by(id=invoice_id, account_id=current_user.account_id).first_or_404()
    pdf_bytes = render_invoice_pdf(invoice)
    return send_file(
        BytesIO(pdf_bytes),
        mimetype="application/pdf",
        download_name=f"invoice-{invoice.number}.pdf",
    )
