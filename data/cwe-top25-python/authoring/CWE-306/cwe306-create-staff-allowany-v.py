# ---
# id: cwe306-create-staff-allowany-v
# cwe: CWE-306
# vulnerable: true
# twin: cwe306-create-staff-allowany-f
# tags: django, djangorestframework
# explanation: A DRF endpoint that creates back-office staff accounts declares permission_classes = [AllowAny] and no authentication requirement, so an anonymous caller can create a staff user for themselves and log into the admin.
# ---
from django.contrib.auth import get_user_model
from rest_framework import serializers, status
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

User = get_user_model()


class StaffAccountSerializer(serializers.Serializer):
    username = serializers.CharField(max_length=150)
    email = serializers.EmailField()
    password = serializers.CharField(min_length=12, write_only=True)


class CreateStaffAccount(APIView):
    permission_classes = [AllowAny]  #@vuln

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
