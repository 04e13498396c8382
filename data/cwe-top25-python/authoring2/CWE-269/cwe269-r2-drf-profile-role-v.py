# ---
# id: cwe269-r2-drf-profile-role-v
# cwe: CWE-269
# vulnerable: true
# twin: cwe269-r2-drf-profile-role-f
# tags: django, djangorestframework
# explanation: A DRF "my profile" endpoint lets users edit their own account. The serializer includes the role field among the writable fields, so a normal user can PATCH {"role": "admin"} on their own profile and grant themselves administrator privileges; role assignment is not restricted to administrators.
# ---
import logging

from django.contrib.auth import get_user_model
from rest_framework import generics, permissions, serializers

log = logging.getLogger(__name__)
User = get_user_model()

ROLE_CHOICES = ("member", "moderator", "admin")
TIMEZONES = {"UTC", "Europe/Berlin", "Europe/London", "America/New_York", "Asia/Tokyo"}


class ProfileSerializer(serializers.ModelSerializer):
    role = serializers.ChoiceField(choices=ROLE_CHOICES)  #@vuln

    class Meta:
        model = User
        fields = ["id", "username", "email", "first_name", "last_name", "timezone", "role"]
        read_only_fields = ["id", "username"]

    def validate_timezone(self, value: str) -> str:
        if value not in TIMEZONES:
            raise serializers.ValidationError("unsupported time zone")
        return value

    def validate_email(self, value: str) -> str:
        value = value.strip().lower()
        clash = User.objects.filter(email__iexact=value).exclude(pk=self.instance.pk)
        if clash.exists():
            raise serializers.ValidationError("this address is already in use")
        return value


class MyProfileView(generics.RetrieveUpdateAPIView):
    serializer_class = ProfileSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_object(self):
        return self.request.user

    def perform_update(self, serializer):
        changed = sorted(k for k, v in serializer.validated_data.items()
                         if getattr(serializer.instance, k) != v)
        serializer.save()
        log.info("user %s updated profile fields %s", self.request.user.pk, changed)
