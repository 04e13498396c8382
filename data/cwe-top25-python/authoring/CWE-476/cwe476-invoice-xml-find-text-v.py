# ---
# id: cwe476-invoice-xml-find-text-v
# cwe: CWE-476
# vulnerable: true
# twin: cwe476-invoice-xml-find-text-f
# tags: defusedxml, elementtree, django
# explanation: Suppliers upload invoices as XML; the importer reads the total with root.find("Totals/Grand").text. find returns None when the element is missing, so an invoice using a different layout makes the importer raise AttributeError and the whole batch upload fails.
# ---
from decimal import Decimal

from defusedxml import ElementTree
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse

from payables.models import SupplierInvoice


def parse_invoice(data: bytes) -> dict:
    root = ElementTree.fromstring(data)
    number = root.findtext("Number", default="").strip()
    total = Decimal(root.find("Totals/Grand").text.strip())  #@vuln
    currency = root.get("currency", "EUR")
    return {"number": number, "total": total, "currency": currency}


@login_required
def upload_invoices(request):
    created = []
    for upload in request.FILES.getlist("invoices"):
        fields = parse_invoice(upload.read(1_000_000))
        inv = SupplierInvoice.objects.create(supplier=request.user.supplier, **fields)
        created.append(inv.pk)
    return JsonResponse({"created": created})
