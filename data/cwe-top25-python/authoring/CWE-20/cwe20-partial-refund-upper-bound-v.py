# ---
# id: cwe20-partial-refund-upper-bound-v
# cwe: CWE-20
# vulnerable: true
# twin: cwe20-partial-refund-upper-bound-f
# tags: django, django-rest-framework
# explanation: Support agents issue partial refunds through a DRF endpoint whose serializer requires a positive amount but never compares it with what was captured for the order minus earlier refunds. A refund larger than the payment is sent to the payment provider, which pays it from the merchant's balance.
# ---
from decimal import Decimal

from rest_framework import permissions, serializers
from rest_framework.decorators import api_view, permission_classes
from rest_framework.response import Response

from payments.gateway import refund
from payments.models import Order, Refund


class RefundSerializer(serializers.Serializer):
    amount = serializers.DecimalField(max_digits=10, decimal_places=2, min_value=Decimal("0.01"))
    reason = serializers.CharField(max_length=200)


@api_view(["POST"])
@permission_classes([permissions.IsAdminUser])
def partial_refund(request, order_id):
    order = Order.objects.get(pk=order_id)
    ser = RefundSerializer(data=request.data)
    ser.is_valid(raise_exception=True)
    amount = ser.validated_data["amount"]  #@vuln
    provider_ref = refund(order.payment_ref, amount)
    Refund.objects.create(order=order, amount=amount, reason=ser.validated_data["reason"], provider_ref=provider_ref)
    return Response({"refunded": str(amount)})
