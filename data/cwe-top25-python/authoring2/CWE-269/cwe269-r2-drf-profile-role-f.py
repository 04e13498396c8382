# ---
# id: cwe269-r2-drf-profile-role-f
# cwe: CWE-269
# vulnerable: false
# twin: cwe269-r2-drf-profile-role-v
# tags: django, djangorestframework
# explanation: A DRF "my profile" endpoint lets users edit their own account. The explicitly declared role field is now read_only, so users still see their role but a PATCH that tries to change it is ignored; role assignment stays with the separate administrator tools.
# ---
import logging

from django.contrib.auth import get_user_model
from rest_framework import generics, permissions, serializers

log = logging.getLogger(__name__)
User = get_user_model()

ROLE_CHOICES = ("member", "moderator", "admin")
TIMEZONES = {"UTC", "Europe/Berlin", "Europe/London", "America/New_York", "Asia/Tokyo"}


class ProfileSerializer(serializers.ModelSerializer):
    role = serializers.ChoiceField(choices=ROLE_CHOICES, read_only=True)

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
