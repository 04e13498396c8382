# ---
# id: cwe200-r3-serializer-write-only-b
# cwe: CWE-200
# vulnerable: false
# twin: none
# tags: djangorestframework
# explanation: Registration serializer: the password field is write_only, so it is accepted on input and hashed with set_password but never serialized back; the output fields are public ones.
# ---
from django.contrib.auth import get_user_model
from rest_framework import serializers


class SignupSerializer(serializers.ModelSerializer):
    password = serializers.CharField(write_only=True, min_length=12)

    class Meta:
        model = get_user_model()
        fields = ("id", "username", "password")

    def create(self, validated):
        user = self.Meta.model(username=validated["username"])
        user.set_password(validated["password"])
        user.save()
        return user
