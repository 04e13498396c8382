# ---
# id: cwe94-import-exporter-f
# cwe: CWE-94
# vulnerable: false
# twin: cwe94-import-exporter-v
# tags: django, importlib
# explanation: The export view now maps the requested format through a fixed dictionary of known exporter modules and returns 404 for anything else. import_module only ever receives one of the program's own module paths.
# ---
import importlib

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, Http404

from reports.models import Report

EXPORTERS = {"csv": "reports.exporters.csv", "xlsx": "reports.exporters.xlsx", "pdf": "reports.exporters.pdf"}


def get_exporter(fmt):
    if fmt not in EXPORTERS:
        raise Http404("unknown export format")
    module = importlib.import_module(EXPORTERS[fmt])
    return module.export


@login_required
def export_report(request, report_id):
    report = Report.objects.get(pk=report_id, owner=request.user)
    fmt = request.GET.get("format", "csv")
    exporter = get_exporter(fmt)
    content, mime = exporter(report)
    response = HttpResponse(content, content_type=mime)
    response["Content-Disposition"] = f'attachment; filename="report-{report.pk}.{fmt.rsplit(".", 1)[-1]}"'
    return response
