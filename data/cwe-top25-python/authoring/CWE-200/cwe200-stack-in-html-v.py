# ---
# id: cwe200-stack-in-html-v
# cwe: CWE-200
# vulnerable: true
# twin: none
# tags: django, traceback
# explanation: A Django view catches any exception while generating a report and renders an error template with the formatted traceback and the exception message. Every visitor who hits a failure sees code paths, SQL and values from the exception in the page.
# ---
import traceback

from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from reports.builder import build_quarterly


@login_required
def quarterly_report(request, year, quarter):
    try:
        report = build_quarterly(request.user.organisation, int(year), int(quarter))
    except Exception as exc:
        return render(
            request,
            "reports/error.html",
            {"message": str(exc), "details": traceback.format_exc()},  #@vuln
            status=500,
        )
    return render(request, "reports/quarterly.html", {"report": report})
