# ---
# id: cwe200-drf-all-fields-v
# cwe: CWE-200
# vulnerable: true
# twin: cwe200-drf-all-fields-f
# tags: django, django-rest-framework
# explanation: A DRF ModelSerializer for Django's User model uses fields = "__all__" and backs a profile list any authenticated user can read. The output includes the password hash, is_superuser, last_login and group data for every account.
# ---
from django.contrib.auth import get_user_model
from rest_framework import permissions, serializers, viewsets


class ProfileSerializer(serializers.ModelSerializer):
    class Meta:
        model = get_user_model()
        fields = "__all__"  #@vuln


class ProfileViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = ProfileSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_queryset(self):
        return get_user_model().objects.filter(is_active=True).order_by("username")
