# ---
# id: cwe400-r3-list-page-size-f
# cwe: CWE-400
# vulnerable: false
# twin: cwe400-r3-list-page-size-v
# tags: django, orm
# explanation: The requested page size is now clamped to between 1 and 200, so each request loads a bounded number of rows however large a `limit` the client sends.
# ---
from django.http import JsonResponse


def list_events(request):
    limit = max(1, min(int(request.GET.get("limit", 50)), 200))
    offset = int(request.GET.get("offset", 0))
    qs = Event.objects.filter(project=request.project).order_by("-created")
    rows = list(qs.values("id", "kind", "created")[offset:offset + limit])
    return JsonResponse({"results": rows, "next_offset": offset + len(rows)})
