# ---
# id: cwe20-points-redeem-serializer-b
# cwe: CWE-20
# vulnerable: false
# twin: none
# tags: django, django-rest-framework
# explanation: Members redeem loyalty points through a DRF serializer that declares points with min_value=100 and max_value=100000 and checks in validate() that the amount is a multiple of 100 and covered by the member's balance. Negative or fractional redemptions cannot reach the update.
# ---
from django.db import transaction
from django.db.models import F
from rest_framework import serializers
from rest_framework.decorators import api_view, permission_classes
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from loyalty.models import Member, Voucher


class RedeemSerializer(serializers.Serializer):
    points = serializers.IntegerField(min_value=100, max_value=100_000)

    def validate_points(self, value):
        if value % 100:
            raise serializers.ValidationError("Points are redeemed in blocks of 100.")
        if value > self.context["member"].points:
            raise serializers.ValidationError("Not enough points.")
        return value


@api_view(["POST"])
@permission_classes([IsAuthenticated])
def redeem(request):
    member = request.user.member
    ser = RedeemSerializer(data=request.data, context={"member": member})
    ser.is_valid(raise_exception=True)
    points = ser.validated_data["points"]
    with transaction.atomic():
        updated = Member.objects.filter(pk=member.pk, points__gte=points).update(points=F("points") - points)
        if not updated:
            raise serializers.ValidationError("Not enough points.")
        voucher = Voucher.objects.create(member=member, value_cents=points // 100 * 100)
    return Response({"voucher": voucher.code})
