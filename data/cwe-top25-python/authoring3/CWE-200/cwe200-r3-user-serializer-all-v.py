# ---
# id: cwe200-r3-user-serializer-all-v
# cwe: CWE-200
# vulnerable: true
# twin: cwe200-r3-user-serializer-all-f
# tags: djangorestframework
# explanation: Serializer used by the public member directory endpoint. `fields = "__all__"` on the user model serializes the password hash, email, last login and staff flags of every listed user to any client.
# ---
from django.contrib.auth import get_user_model
from rest_framework import serializers


class MemberSerializer(serializers.ModelSerializer):
    class Meta:
        model = get_user_model()
        fields = "__all__"  #@vuln
        read_only_fields = ("date_joined",)
