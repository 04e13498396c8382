# ---
# id: cwe476-r2-invoice-viewset-first-f
# cwe: CWE-476
# vulnerable: false
# twin: cwe476-r2-invoice-viewset-first-v
# tags: django, djangorestframework
# explanation: The action now answers 404 when .first() finds no invoice with that number in the customer's account, before any attribute of the invoice is read, so unknown numbers no longer crash the request.
# ---
import logging

from django.db import transaction
from django.utils import timezone
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from billing.models import AuditEntry, Invoice

log = logging.getLogger(__name__)


class InvoiceSerializer(serializers.ModelSerializer):
    class Meta:
        model = Invoice
        fields = ["number", "issued_on", "total_cents", "currency", "status"]


class VoidRequest(serializers.Serializer):
    number = serializers.CharField(max_length=24)
    reason = serializers.CharField(max_length=500)


class InvoiceViewSet(mixins.ListModelMixin, viewsets.GenericViewSet):
    serializer_class = InvoiceSerializer
    permission_classes = [IsAuthenticated]

    def get_queryset(self):
        return Invoice.objects.filter(account=self.request.user.account).order_by("-issued_on")

    @action(detail=False, methods=["post"], url_path="void")
    def void(self, request):
        body = VoidRequest(data=request.data)
        body.is_valid(raise_exception=True)
        invoice = self.get_queryset().filter(number=body.validated_data["number"]).first()
        if invoice is None:
            return Response({"detail": "no such invoice"}, status=status.HTTP_404_NOT_FOUND)
        if invoice.status != Invoice.Status.OPEN:
            return Response({"detail": f"invoice is {invoice.status}"}, status=status.HTTP_409_CONFLICT)
        with transaction.atomic():
            invoice.status = Invoice.Status.VOID
            invoice.voided_at = timezone.now()
            invoice.save(update_fields=["status", "voided_at"])
            AuditEntry.objects.create(
                account=invoice.account,
                actor=request.user,
                action="invoice.void",
                detail=body.validated_data["reason"],
            )
        log.info("invoice %s voided by %s", invoice.number, request.user.pk)
        return Response(InvoiceSerializer(invoice).data)
