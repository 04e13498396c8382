# ---
# id: cwe862-r2-drf-invoice-viewset-f
# cwe: CWE-862
# vulnerable: false
# twin: cwe862-r2-drf-invoice-viewset-v
# tags: django, djangorestframework
# explanation: A DRF viewset serves invoices of a multi-tenant billing app. get_queryset now starts from the invoices of the caller's own organisation, so list, retrieve and the summary action can only ever reach rows that belong to the authenticated user's tenant; other organisations' ids return 404.
# ---
import logging
from decimal import Decimal

from django.db.models import Sum
from rest_framework import serializers, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from billing.models import Invoice, InvoiceLine

log = logging.getLogger(__name__)


class InvoiceLineSerializer(serializers.ModelSerializer):
    class Meta:
        model = InvoiceLine
        fields = ["id", "description", "quantity", "unit_price"]


class InvoiceSerializer(serializers.ModelSerializer):
    lines = InvoiceLineSerializer(many=True, read_only=True)
    total = serializers.SerializerMethodField()

    class Meta:
        model = Invoice
        fields = ["id", "number", "issued_on", "due_on", "status", "currency", "lines", "total"]

    def get_total(self, obj: Invoice) -> str:
        amount = sum((l.quantity * l.unit_price for l in obj.lines.all()), Decimal("0"))
        return f"{amount:.2f}"


class InvoiceViewSet(viewsets.ReadOnlyModelViewSet):
    """Read-only access to invoices for the billing portal."""

    serializer_class = InvoiceSerializer
    permission_classes = [IsAuthenticated]

    def get_queryset(self):
        qs = Invoice.objects.filter(organisation=self.request.user.profile.organisation)
        status = self.request.query_params.get("status")
        if status in {"draft", "open", "paid", "void"}:
            qs = qs.filter(status=status)
        return qs.prefetch_related("lines").order_by("-issued_on")

    @action(detail=False, methods=["get"])
    def summary(self, request):
        qs = self.get_queryset()
        totals = (
            qs.values("status")
            .annotate(amount=Sum("lines__unit_price"))
            .order_by("status")
        )
        log.debug("invoice summary for user %s", request.user.pk)
        return Response({row["status"]: str(row["amount"] or 0) for row in totals})
