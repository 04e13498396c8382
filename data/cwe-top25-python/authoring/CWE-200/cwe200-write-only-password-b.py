# ---
# id: cwe200-write-only-password-b
# cwe: CWE-200
# vulnerable: false
# twin: none
# tags: django, django-rest-framework
# explanation: A registration serializer includes a password field, but it is declared write_only and the model fields are listed explicitly, so responses contain only id, username and email. The password is hashed with set_password and never echoed back.
# ---
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from rest_framework import serializers


class RegistrationSerializer(serializers.ModelSerializer):
    password = serializers.CharField(write_only=True, validators=[validate_password])

    class Meta:
        model = get_user_model()
        fields = ["id", "username", "email", "password"]
        read_only_fields = ["id"]

    def create(self, validated_data):
        password = validated_data.pop("password")
        user = get_user_model()(**validated_data)
        user.set_password(password)
        user.save()
        return user
