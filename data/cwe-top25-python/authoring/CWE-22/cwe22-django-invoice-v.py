# ---
# id: cwe22-django-invoice-v
# cwe: CWE-22
# vulnerable: true
# twin: cwe22-django-invoice-f
# tags: django
# explanation: A logged-in customer downloads invoice PDFs by file name; the view joins the "file" query parameter onto MEDIA_ROOT/invoices and opens it. "../../../../etc/passwd" or another customer's folder path is accepted, so any readable file on the server can be downloaded.
# ---
import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, HttpResponseBadRequest

INVOICE_DIR = os.path.join(settings.MEDIA_ROOT, "invoices")


@login_required
def invoice_pdf(request):
    filename = request.GET.get("file", "")
    if not filename.endswith(".pdf"):
        return HttpResponseBadRequest("only PDF invoices can be downloaded")
    customer_dir = os.path.join(INVOICE_DIR, str(request.user.customer.id))
    handle = open(os.path.join(customer_dir, filename), "rb")  #@vuln
    return FileResponse(handle, as_attachment=True, filename=os.path.basename(filename))
