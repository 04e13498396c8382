# ---
# id: cwe306-create-staff-allowany-f
# cwe: CWE-306
# vulnerable: false
# twin: cwe306-create-staff-allowany-v
# tags: django, djangorestframework
# explanation: The staff-creation endpoint now requires IsAdminUser, so only an authenticated administrator can create staff accounts; anonymous requests get 401/403.
# ---
from django.contrib.auth import get_user_model
from rest_framework import serializers, status
from rest_framework.permissions import IsAdminUser
from rest_framework.response import Response
from rest_framework.views import APIView

User = get_user_model()


class StaffAccountSerializer(serializers.Serializer):
    username = serializers.CharField(max_length=150)
    email = serializers.EmailField()
    password = serializers.CharField(min_length=12, write_only=True)


class CreateStaffAccount(APIView):
    permission_classes = [IsAdminUser]

    def post(self, request):
        data = StaffAccountSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        user = User.objects.create_user(
            username=data.validated_data["username"],
            email=data.validated_data["email"],
            password=data.validated_data["password"],
            is_staff=True,
        )
        return Response({"id": user.pk, "username": user.username}, status=status.HTTP_201_CREATED)
