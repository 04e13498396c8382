# ---
# id: cwe200-r3-user-serializer-all-f
# cwe: CWE-200
# vulnerable: false
# twin: cwe200-r3-user-serializer-all-v
# tags: djangorestframework
# explanation: The directory serializer now lists only the public fields (id, username, display name, avatar), so hashes, emails and flags are not returned.
# ---
from django.contrib.auth import get_user_model
from rest_framework import serializers


class MemberSerializer(serializers.ModelSerializer):
    class Meta:
        model = get_user_model()
        fields = ("id", "username", "first_name", "avatar")
        read_only_fields = ("date_joined",)
