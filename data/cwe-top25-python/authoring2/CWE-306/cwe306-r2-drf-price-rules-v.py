# ---
# id: cwe306-r2-drf-price-rules-v
# cwe: CWE-306
# vulnerable: true
# twin: none
# tags: django, djangorestframework
# explanation: A DRF ModelViewSet manages the discount rules that the shop applies at checkout. The project default is IsAuthenticated, but this viewset overrides permission_classes with AllowAny for all actions, so anonymous clients can create, change or delete price rules (for example a 100% discount) with no login.
# ---
from decimal import Decimal

from django.db import transaction
from rest_framework import permissions, serializers, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from pricing.models import PriceRule
from pricing.cache import invalidate_price_cache


class PriceRuleSerializer(serializers.ModelSerializer):
    class Meta:
        model = PriceRule
        fields = ["id", "name", "sku_pattern", "percent_off", "starts", "ends", "active"]

    def validate_percent_off(self, value: Decimal) -> Decimal:
        if not Decimal("0") <= value <= Decimal("100"):
            raise serializers.ValidationError("percent_off must be between 0 and 100")
        return value

    def validate(self, attrs):
        starts, ends = attrs.get("starts"), attrs.get("ends")
        if starts and ends and ends <= starts:
            raise serializers.ValidationError("ends must be after starts")
        return attrs


class PriceRuleViewSet(viewsets.ModelViewSet):
    queryset = PriceRule.objects.order_by("-starts")
    serializer_class = PriceRuleSerializer
    permission_classes = [permissions.AllowAny]  #@vuln

    def perform_create(self, serializer):
        with transaction.atomic():
            serializer.save()
        invalidate_price_cache()

    def perform_update(self, serializer):
        with transaction.atomic():
            serializer.save()
        invalidate_price_cache()

    def perform_destroy(self, instance):
        instance.delete()
        invalidate_price_cache()

    @action(detail=True, methods=["post"])
    def deactivate(self, request, pk=None):
        rule = self.get_object()
        rule.active = False
        rule.save(update_fields=["active"])
        invalidate_price_cache()
        return Response({"id": rule.pk, "active": False})
