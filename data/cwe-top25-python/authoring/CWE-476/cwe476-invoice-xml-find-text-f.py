# ---
# id: cwe476-invoice-xml-find-text-f
# cwe: CWE-476
# vulnerable: false
# twin: cwe476-invoice-xml-find-text-v
# tags: defusedxml, elementtree, django
# explanation: parse_invoice() now reads the total with findtext and raises a ValueError that the view turns into a 400 when it is missing, instead of calling .text on None.
# ---
from decimal import Decimal

from defusedxml import ElementTree
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse

from payables.models import SupplierInvoice


def parse_invoice(data: bytes) -> dict:
    root = ElementTree.fromstring(data)
    number = root.findtext("Number", default="").strip()
    grand = root.findtext("Totals/Grand")
    if grand is None:
        raise ValueError("invoice has no Totals/Grand element")
    total = Decimal(grand.strip())
    currency = root.get("currency", "EUR")
    return {"number": number, "total": total, "currency": currency}


@login_required
def upload_invoices(request):
    created = []
    for upload in request.FILES.getlist("invoices"):
        try:
            fields = parse_invoice(upload.read(1_000_000))
        except ValueError as exc:
            return JsonResponse({"error": str(exc), "file": upload.name}, status=400)
        inv = SupplierInvoice.objects.create(supplier=request.user.supplier, **fields)
        created.append(inv.pk)
    return JsonResponse({"created": created})
