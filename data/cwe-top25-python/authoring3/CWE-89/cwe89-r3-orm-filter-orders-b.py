# ---
# id: cwe89-r3-orm-filter-orders-b
# cwe: CWE-89
# vulnerable: false
# twin: none
# tags: django
# explanation: Filters a Django queryset with values from request parameters. Only ORM lookups are used (filter, Q, icontains), which always bind values as parameters; the ordering is a constant.
# ---
from django.db.models import Q


def filter_orders(qs, params):
    status = params.get("status")
    if status:
        qs = qs.filter(status=status)
    term = params.get("q")
    if term:
        qs = qs.filter(Q(reference__icontains=term) | Q(customer__email__icontains=term))
    return qs.order_by("-created_at")
