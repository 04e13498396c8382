# ---
# id: cwe502-r2-drf-saved-search-v
# cwe: CWE-502
# vulnerable: true
# twin: none
# tags: django, djangorestframework, jsonpickle
# explanation: A DRF viewset restores a saved search from the "state" field of the request body with jsonpickle.decode. jsonpickle recreates arbitrary Python classes named in the py/object and py/reduce keys, so a client-supplied state string can instantiate objects and invoke callables on the server.
# ---
import logging

import jsonpickle
from django.db.models import Q
from rest_framework import permissions, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from catalog.models import Product

logger = logging.getLogger(__name__)

PAGE_LIMIT = 100


class ProductSerializer(serializers.ModelSerializer):
    class Meta:
        model = Product
        fields = ["id", "sku", "name", "price", "category"]


class SearchState:
    def __init__(self, text="", categories=None, max_price=None):
        self.text = text
        self.categories = categories or []
        self.max_price = max_price

    def to_q(self):
        q = Q()
        if self.text:
            q &= Q(name__icontains=self.text)
        if self.categories:
            q &= Q(category__in=self.categories)
        if self.max_price is not None:
            q &= Q(price__lte=self.max_price)
        return q


class ProductSearchViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = ProductSerializer
    permission_classes = [permissions.IsAuthenticated]
    queryset = Product.objects.all()

    @action(detail=False, methods=["post"])
    def restore(self, request):
        blob = request.data.get("state", "")
        if not blob:
            return Response({"detail": "state is required"}, status=status.HTTP_400_BAD_REQUEST)
        state = jsonpickle.decode(blob)  #@vuln
        if not isinstance(state, SearchState):
            return Response({"detail": "not a search state"}, status=status.HTTP_400_BAD_REQUEST)
        rows = self.get_queryset().filter(state.to_q())[:PAGE_LIMIT]
        logger.debug("restored search for %s: %d rows", request.user.pk, len(rows))
        return Response(self.get_serializer(rows, many=True).data)
