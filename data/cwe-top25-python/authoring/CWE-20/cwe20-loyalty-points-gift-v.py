# ---
# id: cwe20-loyalty-points-gift-v
# cwe: CWE-20
# vulnerable: true
# twin: cwe20-loyalty-points-gift-f
# tags: django, django-rest-framework
# explanation: A DRF serializer lets members gift loyalty points to another member, declaring points as an IntegerField with no min_value. Gifting -5000 points moves points from the recipient to the sender, because the balance check only compares against the sender's balance.
# ---
from django.db import transaction
from django.db.models import F
from rest_framework import serializers, status
from rest_framework.decorators import api_view, permission_classes
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from loyalty.models import Member


class GiftSerializer(serializers.Serializer):
    recipient = serializers.SlugRelatedField(slug_field="member_code", queryset=Member.objects.all())
    points = serializers.IntegerField()  #@vuln
    message = serializers.CharField(max_length=140, required=False, allow_blank=True)


@api_view(["POST"])
@permission_classes([IsAuthenticated])
def gift_points(request):
    ser = GiftSerializer(data=request.data)
    ser.is_valid(raise_exception=True)
    sender = request.user.member
    points = ser.validated_data["points"]
    if points > sender.points:
        return Response({"detail": "not enough points"}, status=status.HTTP_400_BAD_REQUEST)
    with transaction.atomic():
        Member.objects.filter(pk=sender.pk).update(points=F("points") - points)
        Member.objects.filter(pk=ser.validated_data["recipient"].pk).update(points=F("points") + points)
    return Response({"sent": points})
