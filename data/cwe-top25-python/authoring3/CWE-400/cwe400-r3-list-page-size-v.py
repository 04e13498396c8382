# ---
# id: cwe400-r3-list-page-size-v
# cwe: CWE-400
# vulnerable: true
# twin: cwe400-r3-list-page-size-f
# tags: django, orm
# explanation: The list API takes the page size from the `limit` query parameter without an upper bound, so `?limit=100000000` makes the database return and Django serialize the whole table in one request, tying up memory and CPU.
# ---
from django.http import JsonResponse


def list_events(request):
    limit = int(request.GET.get("limit", 50))  #@vuln
    offset = int(request.GET.get("offset", 0))
    qs = Event.objects.filter(project=request.project).order_by("-created")
    rows = list(qs.values("id", "kind", "created")[offset:offset + limit])
    return JsonResponse({"results": rows, "next_offset": offset + len(rows)})
