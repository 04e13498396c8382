# ---
# id: cwe89-django-raw-search-f
# cwe: CWE-89
# vulnerable: false
# twin: cwe89-django-raw-search-v
# tags: django
# explanation: The product search still uses Manager.raw(), but the term is passed in the params list and the SQL only contains %s placeholders. Django hands the values to the database driver for quoting, so the search text is treated as data.
# ---
from django.http import JsonResponse
from django.views.decorators.http import require_GET

from catalog.models import Product


@require_GET
def product_search(request):
    term = request.GET.get("q", "").strip()
    if not term:
        return JsonResponse({"results": []})
    query = (
        "SELECT id, sku, name, price FROM catalog_product "
        "WHERE name LIKE %s OR sku = %s ORDER BY name"
    )
    products = Product.objects.raw(query, [f"%{term}%", term])
    return JsonResponse(
        {"results": [{"id": p.id, "sku": p.sku, "name": p.name, "price": str(p.price)} for p in products]}
    )
