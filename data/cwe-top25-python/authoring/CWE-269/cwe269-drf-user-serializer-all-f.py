# ---
# id: cwe269-drf-user-serializer-all-f
# cwe: CWE-269
# vulnerable: false
# twin: cwe269-drf-user-serializer-all-v
# tags: django, djangorestframework
# explanation: The serializer now lists the editable profile fields explicitly and marks username as read-only; privilege fields such as is_staff, is_superuser, groups and user_permissions are not exposed, so users cannot raise their own privileges.
# ---
from django.contrib.auth import get_user_model
from rest_framework import generics, permissions, serializers


class MeSerializer(serializers.ModelSerializer):
    class Meta:
        model = get_user_model()
        fields = ("id", "username", "first_name", "last_name", "email")
        read_only_fields = ("id", "username")


class MeView(generics.RetrieveUpdateAPIView):
    serializer_class = MeSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_object(self):
        return self.request.user
