# ---
# id: cwe863-r2-django-invoice-void-perm-b
# cwe: CWE-863
# vulnerable: false
# twin: none
# tags: django
# explanation: Django views for voiding invoices in an accounting app. The void view requires the specific billing.void_invoice permission (not the view permission) and restricts the queryset to the accountant's own company, and voiding a paid invoice is refused; the authorization decision uses the right permission and server-side data.
# ---
import logging

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin, PermissionRequiredMixin
from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views import View
from django.views.generic import DetailView

from .models import AuditEntry, Invoice

log = logging.getLogger(__name__)


class CompanyScopedMixin(LoginRequiredMixin):
    def company_invoices(self):
        return Invoice.objects.filter(company=self.request.user.employee.company)


class InvoiceDetailView(CompanyScopedMixin, PermissionRequiredMixin, DetailView):
    permission_required = "billing.view_invoice"
    template_name = "billing/invoice_detail.html"

    def get_queryset(self):
        return self.company_invoices().prefetch_related("lines")


class InvoiceVoidView(CompanyScopedMixin, PermissionRequiredMixin, View):
    permission_required = "billing.void_invoice"

    def post(self, request, pk):
        invoice = get_object_or_404(self.company_invoices(), pk=pk)
        if invoice.status == Invoice.Status.PAID:
            messages.error(request, "Paid invoices are credited, not voided.")
            return HttpResponseRedirect(reverse("billing:invoice", args=[pk]))
        reason = request.POST.get("reason", "").strip()[:300]
        with transaction.atomic():
            invoice.status = Invoice.Status.VOID
            invoice.save(update_fields=["status"])
            AuditEntry.objects.create(
                actor=request.user, action="invoice.void", target=f"invoice:{pk}", detail=reason
            )
        log.info("invoice %s voided by %s", invoice.number, request.user.pk)
        messages.success(request, f"Invoice {invoice.number} voided.")
        return HttpResponseRedirect(reverse("billing:invoice", args=[pk]))
