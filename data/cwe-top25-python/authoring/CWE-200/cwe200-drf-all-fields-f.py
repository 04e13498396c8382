# ---
# id: cwe200-drf-all-fields-f
# cwe: CWE-200
# vulnerable: false
# twin: cwe200-drf-all-fields-v
# tags: django, django-rest-framework
# explanation: The serializer now lists the public fields explicitly (id, username, first and last name), so password hashes, permission flags and login timestamps are no longer returned to other users.
# ---
from django.contrib.auth import get_user_model
from rest_framework import permissions, serializers, viewsets


class ProfileSerializer(serializers.ModelSerializer):
    class Meta:
        model = get_user_model()
        fields = ["id", "username", "first_name", "last_name"]


class ProfileViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = ProfileSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_queryset(self):
        return get_user_model().objects.filter(is_active=True).order_by("username")
