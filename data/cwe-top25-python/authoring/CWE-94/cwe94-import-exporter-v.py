# ---
# id: cwe94-import-exporter-v
# cwe: CWE-94
# vulnerable: true
# twin: cwe94-import-exporter-f
# tags: django, importlib
# explanation: A Django export view picks the exporter module named in the "format" query parameter with importlib.import_module. The client can name any importable module (and, with a writable upload directory on sys.path, their own), so importing it runs module-level code of the attacker's choosing.
# ---
import importlib

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse

from reports.models import Report


def get_exporter(fmt):
    module = importlib.import_module(f"reports.exporters.{fmt}" if "." not in fmt else fmt)  #@vuln
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
