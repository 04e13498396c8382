# ---
# id: cwe190-r2-bulk-order-int32-total-v
# cwe: CWE-190
# vulnerable: true
# twin: none
# tags: django, djangorestframework, numpy
# explanation: A DRF viewset prices bulk wholesale orders by multiplying client-supplied quantities with unit prices in numpy int32 arrays. A very large quantity makes the per-line product wrap to a negative number, so the order total drops below the customer's credit limit and the order is accepted and invoiced for a tiny or negative amount.
# ---
import logging

import numpy as np
from django.db import transaction
from rest_framework import serializers, status, viewsets
from rest_framework.response import Response

from wholesale.models import Customer, Order, OrderLine, Product

logger = logging.getLogger(__name__)


class LineSerializer(serializers.Serializer):
    sku = serializers.CharField(max_length=32)
    quantity = serializers.IntegerField(min_value=1)


class BulkOrderSerializer(serializers.Serializer):
    lines = LineSerializer(many=True)
    reference = serializers.CharField(max_length=64, required=False, allow_blank=True)


def price_lines(lines, products):
    quantities = np.array([line["quantity"] for line in lines], dtype=np.int32)
    unit_cents = np.array([products[line["sku"]].price_cents for line in lines], dtype=np.int32)
    line_totals = quantities * unit_cents  #@vuln
    return line_totals, int(line_totals.sum())


class BulkOrderViewSet(viewsets.ViewSet):
    def create(self, request):
        ser = BulkOrderSerializer(data=request.data)
        ser.is_valid(raise_exception=True)
        customer = Customer.objects.get(user=request.user)
        lines = ser.validated_data["lines"]
        skus = {line["sku"] for line in lines}
        products = {p.sku: p for p in Product.objects.filter(sku__in=skus, active=True)}
        missing = skus - products.keys()
        if missing:
            return Response({"unknown_skus": sorted(missing)}, status=status.HTTP_400_BAD_REQUEST)

        line_totals, total = price_lines(lines, products)
        if total > customer.credit_remaining_cents:
            return Response({"detail": "credit limit exceeded"}, status=status.HTTP_402_PAYMENT_REQUIRED)

        with transaction.atomic():
            order = Order.objects.create(customer=customer, total_cents=total,
                                         reference=ser.validated_data.get("reference", ""))
            for line, cents in zip(lines, line_totals):
                OrderLine.objects.create(order=order, product=products[line["sku"]],
                                         quantity=line["quantity"], total_cents=int(cents))
            customer.credit_remaining_cents -= total
            customer.save(update_fields=["credit_remaining_cents"])
        logger.info("order %s for %s: %d cents", order.pk, customer.pk, total)
        return Response({"order": order.pk, "total_cents": total}, status=status.HTTP_201_CREATED)
