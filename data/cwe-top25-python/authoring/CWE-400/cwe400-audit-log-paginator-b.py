# ---
# id: cwe400-audit-log-paginator-b
# cwe: CWE-400
# vulnerable: false
# twin: none
# tags: django
# explanation: The audit log view takes only the page number from the query string; the page size is the constant 50 given to Django's Paginator, and get_page clamps invalid or out-of-range page numbers. Each request reads at most 50 rows.
# ---
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import render

from audit.models import AuditEntry

PAGE_SIZE = 50


@login_required
def audit_log(request):
    entries = (
        AuditEntry.objects.filter(account=request.user.account)
        .select_related("actor")
        .order_by("-created")
    )
    kind = request.GET.get("kind")
    if kind:
        entries = entries.filter(kind=kind)
    paginator = Paginator(entries, PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))
    return render(request, "audit/log.html", {"page": page, "kind": kind})
