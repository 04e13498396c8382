# ---
# id: cwe306-reset-request-allowany-b
# cwe: CWE-306
# vulnerable: false
# twin: none
# tags: django, djangorestframework
# explanation: This DRF endpoint uses AllowAny, but it only asks for a password-reset e-mail: it sends a single-use token to the address already on file and answers the same way whether or not the account exists, so no protected action happens without authentication.
# ---
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from rest_framework import serializers
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.throttling import AnonRateThrottle
from rest_framework.views import APIView

from accounts.emails import send_reset_email


class ResetRequestSerializer(serializers.Serializer):
    email = serializers.EmailField()


class PasswordResetRequest(APIView):
    permission_classes = [AllowAny]
    throttle_classes = [AnonRateThrottle]

    def post(self, request):
        ser = ResetRequestSerializer(data=request.data)
        ser.is_valid(raise_exception=True)
        user = get_user_model().objects.filter(email__iexact=ser.validated_data["email"], is_active=True).first()
        if user is not None:
            send_reset_email(user, default_token_generator.make_token(user))
        return Response({"detail": "If the address is registered, a reset link has been sent."})
