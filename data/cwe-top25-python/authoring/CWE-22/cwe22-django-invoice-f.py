# ---
# id: cwe22-django-invoice-f
# cwe: CWE-22
# vulnerable: false
# twin: cwe22-django-invoice-v
# tags: django
# explanation: The view now reduces the requested name to os.path.basename before joining it to the customer's invoice folder, so directory components and ".." are dropped and only files directly in that folder can be opened.
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
    handle = open(os.path.join(customer_dir, os.path.basename(filename)), "rb")
    return FileResponse(handle, as_attachment=True, filename=os.path.basename(filename))
