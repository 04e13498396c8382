# ---
# id: cwe269-drf-readonly-privileges-b
# cwe: CWE-269
# vulnerable: false
# twin: none
# tags: django, djangorestframework
# explanation: The account serializer does include is_staff and role, but lists them in read_only_fields, so DRF returns them to the client and silently ignores them on update; users can edit their name and avatar but cannot change their own privileges.
# ---
from django.contrib.auth import get_user_model
from rest_framework import generics, permissions, serializers


class AccountSerializer(serializers.ModelSerializer):
    class Meta:
        model = get_user_model()
        fields = ("id", "email", "display_name", "avatar_url", "role", "is_staff", "date_joined")
        read_only_fields = ("id", "email", "role", "is_staff", "date_joined")


class AccountView(generics.RetrieveUpdateAPIView):
    serializer_class = AccountSerializer
    permission_classes = [permissions.IsAuthenticated]
    http_method_names = ["get", "patch"]

    def get_object(self):
        return self.request.user
