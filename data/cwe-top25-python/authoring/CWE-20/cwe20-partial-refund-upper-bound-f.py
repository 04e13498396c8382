# ---
# id: cwe20-partial-refund-upper-bound-f
# cwe: CWE-20
# vulnerable: false
# twin: cwe20-partial-refund-upper-bound-v
# tags: django, django-rest-framework
# explanation: The view now computes what is still refundable (captured amount minus earlier refunds) and rejects any larger amount with a validation error, so refunds can never exceed what the customer paid.
# ---
from decimal import Decimal

from django.db.models import Sum
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
    amount = ser.validated_data["amount"]
    already = order.refunds.aggregate(total=Sum("amount"))["total"] or Decimal("0")
    if amount > order.captured_amount - already:
        raise serializers.ValidationError({"amount": "exceeds the refundable amount"})
    provider_ref = refund(order.payment_ref, amount)
    Refund.objects.create(order=order, amount=amount, reason=ser.validated_data["reason"], provider_ref=provider_ref)
    return Response({"refunded": str(amount)})
