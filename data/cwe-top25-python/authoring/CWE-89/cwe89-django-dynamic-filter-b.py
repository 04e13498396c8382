# ---
# id: cwe89-django-dynamic-filter-b
# cwe: CWE-89
# vulnerable: false
# twin: none
# tags: django
# explanation: A staff search view builds ORM lookups dynamically with filter(**{f"{field}__icontains": term}), which looks like string-built SQL, but the field must be one of a fixed set of model fields and the ORM turns the lookup into a parameterized LIKE. The search term is always a bound value.
# ---
from django.contrib.admin.views.decorators import staff_member_required
from django.http import JsonResponse

from crm.models import Customer

SEARCHABLE = {"name", "email", "company", "city"}


@staff_member_required
def customer_search(request):
    field = request.GET.get("field", "name")
    term = request.GET.get("q", "").strip()
    if field not in SEARCHABLE or len(term) < 2:
        return JsonResponse({"results": []})
    qs = Customer.objects.filter(**{f"{field}__icontains": term}).order_by("name")[:50]
    return JsonResponse({"results": list(qs.values("id", "name", "email", "company", "city"))})
