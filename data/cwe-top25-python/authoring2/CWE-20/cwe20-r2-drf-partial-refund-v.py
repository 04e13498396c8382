# ---
# id: cwe20-r2-drf-partial-refund-v
# cwe: CWE-20
# vulnerable: true
# twin: none
# tags: django, djangorestframework
# explanation: Support agents issue partial refunds through a DRF viewset action; the serializer checks that the amount is positive but never compares it with what is still refundable on the order. An agent (or a compromised agent account) can refund more than the customer paid, and repeated refunds are not netted against earlier ones, so money leaves the business without limit.
# ---
import logging
from decimal import Decimal

from django.db import transaction
from rest_framework import permissions, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from orders.models import Order, Refund
from payments.gateway import refund_charge

log = logging.getLogger(__name__)

REASONS = ("damaged", "late", "goodwill", "other")


class RefundSerializer(serializers.Serializer):
    amount = serializers.DecimalField(max_digits=10, decimal_places=2, min_value=Decimal("0.01"))
    reason = serializers.ChoiceField(choices=REASONS)
    comment = serializers.CharField(max_length=500, allow_blank=True, default="")


class OrderSerializer(serializers.ModelSerializer):
    refunded = serializers.DecimalField(max_digits=10, decimal_places=2, read_only=True)

    class Meta:
        model = Order
        fields = ["id", "number", "total", "refunded", "status"]


class SupportOrderViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = OrderSerializer
    permission_classes = [permissions.IsAuthenticated, permissions.DjangoModelPermissions]
    queryset = Order.objects.all()

    @action(detail=True, methods=["post"])
    def refund(self, request, pk=None):
        order = self.get_object()
        ser = RefundSerializer(data=request.data)
        ser.is_valid(raise_exception=True)
        amount = ser.validated_data["amount"]
        with transaction.atomic():
            order = Order.objects.select_for_update().get(pk=order.pk)
            charge_ref = refund_charge(order.charge_id, amount)  #@vuln
            Refund.objects.create(order=order, amount=amount, reason=ser.validated_data["reason"],
                                  comment=ser.validated_data["comment"], agent=request.user, gateway_ref=charge_ref)
            order.refunded = (order.refunded or Decimal("0")) + amount
            order.status = "refunded" if order.refunded >= order.total else "partially_refunded"
            order.save(update_fields=["refunded", "status"])
        log.info("agent %s refunded %s on order %s", request.user.pk, amount, order.number)
        return Response(OrderSerializer(order).data, status=status.HTTP_201_CREATED)
