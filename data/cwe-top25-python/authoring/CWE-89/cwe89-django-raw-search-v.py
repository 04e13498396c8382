# ---
# id: cwe89-django-raw-search-v
# cwe: CWE-89
# vulnerable: true
# twin: cwe89-django-raw-search-f
# tags: django
# explanation: A Django view searches products with Manager.raw() and builds the SQL with str.format from the q GET parameter. raw() does not escape anything formatted into the string, so the search term can close the LIKE literal and append arbitrary SQL.
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
        "WHERE name LIKE '%%{0}%%' OR sku = '{0}' ORDER BY name".format(term)  #@vuln
    )
    products = Product.objects.raw(query)
    return JsonResponse(
        {"results": [{"id": p.id, "sku": p.sku, "name": p.name, "price": str(p.price)} for p in products]}
    )
