# ---
# id: cwe476-r2-invoice-viewset-first-v
# cwe: CWE-476
# vulnerable: true
# twin: cwe476-r2-invoice-viewset-first-f
# tags: django, djangorestframework
# explanation: A DRF viewset action voids an invoice identified by a number in the request body. The lookup uses .first(), which returns None when no invoice of the customer's account has that number, and the code then reads invoice.status on it, so any unknown number raises AttributeError and the request fails with a server error instead of a 404.
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
        if invoice.status != Invoice.Status.OPEN:  #@vuln
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
