# ---
# id: cwe269-drf-user-serializer-all-v
# cwe: CWE-269
# vulnerable: true
# twin: cwe269-drf-user-serializer-all-f
# tags: django, djangorestframework
# explanation: The "me" endpoint lets users edit their own account through a ModelSerializer with fields = "__all__". That includes is_staff, is_superuser and groups, so any user can PATCH {"is_superuser": true} on themselves and gain full admin rights.
# ---
from django.contrib.auth import get_user_model
from rest_framework import generics, permissions, serializers


class MeSerializer(serializers.ModelSerializer):
    class Meta:
        model = get_user_model()
        fields = "__all__"  #@vuln
        extra_kwargs = {"password": {"write_only": True}}


class MeView(generics.RetrieveUpdateAPIView):
    serializer_class = MeSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_object(self):
        return self.request.user
