# ---
# id: cwe862-drf-refund-f
# cwe: CWE-862
# vulnerable: false
# twin: cwe862-drf-refund-v
# tags: django, djangorestframework
# explanation: The refund endpoint now requires DRF's IsAdminUser permission (is_staff), which only support staff have, so customers authenticating to the same API receive 403 instead of being able to refund payments.
# ---
from decimal import Decimal

from django.shortcuts import get_object_or_404
from rest_framework import serializers, status
from rest_framework.permissions import IsAdminUser
from rest_framework.response import Response
from rest_framework.views import APIView

from payments.gateway import refund_charge
from payments.models import Payment


class RefundSerializer(serializers.Serializer):
    amount = serializers.DecimalField(max_digits=10, decimal_places=2, min_value=Decimal("0.01"))
    note = serializers.CharField(max_length=200, allow_blank=True)


class RefundPayment(APIView):
    permission_classes = [IsAdminUser]

    def post(self, request, payment_id):
        payment = get_object_or_404(Payment, pk=payment_id, status="captured")
        data = RefundSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        amount = min(data.validated_data["amount"], payment.refundable_amount)
        refund = refund_charge(payment.charge_id, amount, note=data.validated_data["note"], actor=request.user.pk)
        return Response({"refund": refund.id, "amount": str(amount)}, status=status.HTTP_201_CREATED)
