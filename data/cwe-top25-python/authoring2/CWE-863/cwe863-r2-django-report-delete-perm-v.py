# ---
# id: cwe863-r2-django-report-delete-perm-v
# cwe: CWE-863
# vulnerable: true
# twin: none
# tags: django
# explanation: Django class-based views for saved analytics reports. The delete view is guarded by PermissionRequiredMixin, but it asks for the reports.view_report permission (copied from the detail view) instead of reports.delete_report, so every analyst who may read reports can also delete any report.
# ---
import logging

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin, PermissionRequiredMixin
from django.db import connection
from django.urls import reverse_lazy
from django.views.generic import DeleteView, DetailView

from .models import SavedReport

log = logging.getLogger(__name__)


def run_report(report: SavedReport, limit: int = 500):
    columns = [c for c in report.columns if c in SavedReport.ALLOWED_COLUMNS]
    sql = "SELECT {} FROM analytics_events WHERE account_id = %s ORDER BY occurred_at DESC LIMIT %s".format(
        ", ".join(columns) or "id"
    )
    with connection.cursor() as cur:
        cur.execute(sql, [report.account_id, limit])
        return [dict(zip([c[0] for c in cur.description], row)) for row in cur.fetchall()]


class ReportDetailView(LoginRequiredMixin, PermissionRequiredMixin, DetailView):
    model = SavedReport
    permission_required = "reports.view_report"
    template_name = "reports/detail.html"

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["rows"] = run_report(self.object)
        return ctx


class ReportDeleteView(LoginRequiredMixin, PermissionRequiredMixin, DeleteView):
    model = SavedReport
    permission_required = "reports.view_report"  #@vuln
    success_url = reverse_lazy("reports:list")
    template_name = "reports/confirm_delete.html"

    def form_valid(self, form):
        name = self.object.name
        response = super().form_valid(form)
        log.info("report %r deleted by %s", name, self.request.user.pk)
        messages.info(self.request, f"Report {name} deleted.")
        return response
