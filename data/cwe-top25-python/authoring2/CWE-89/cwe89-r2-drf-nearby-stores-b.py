# ---
# id: cwe89-r2-drf-nearby-stores-b
# cwe: CWE-89
# vulnerable: false
# twin: none
# tags: django, djangorestframework
# explanation: A DRF viewset answers 'stores near me' with a hand-written distance query through Store.objects.raw(). The latitude, longitude and radius from the query string are parsed to floats by a serializer and passed in the params list with %s placeholders, so the database driver binds them and the raw SQL text is constant.
# ---
import logging

from rest_framework import serializers, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from stores.models import Store

logger = logging.getLogger(__name__)

NEARBY_SQL = """
    SELECT id, name, city, latitude, longitude,
           6371 * acos(cos(radians(%s)) * cos(radians(latitude)) * cos(radians(longitude) - radians(%s))
                       + sin(radians(%s)) * sin(radians(latitude))) AS distance_km
    FROM stores_store
    WHERE is_open = TRUE
    HAVING distance_km < %s
    ORDER BY distance_km
    LIMIT 25
"""


class NearbyQuerySerializer(serializers.Serializer):
    lat = serializers.FloatField(min_value=-90, max_value=90)
    lng = serializers.FloatField(min_value=-180, max_value=180)
    radius = serializers.FloatField(min_value=0.1, max_value=200, default=10)


class StoreSerializer(serializers.ModelSerializer):
    distance_km = serializers.FloatField(read_only=True)

    class Meta:
        model = Store
        fields = ["id", "name", "city", "latitude", "longitude", "distance_km"]


class StoreViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = Store.objects.filter(is_open=True)
    serializer_class = StoreSerializer

    @action(detail=False, methods=["get"])
    def nearby(self, request):
        query = NearbyQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        lat, lng, radius = (query.validated_data[k] for k in ("lat", "lng", "radius"))
        stores = Store.objects.raw(NEARBY_SQL, [lat, lng, lat, radius])
        data = StoreSerializer(stores, many=True).data
        logger.debug("nearby(%.3f, %.3f, %.1f km): %d stores", lat, lng, radius, len(data))
        return Response({"results": data})
