# ---
# id: cwe352-drf-token-auth-b
# cwe: CWE-352
# vulnerable: false
# twin: none
# tags: django, djangorestframework
# explanation: DRF API views are CSRF-exempt at the Django level, and this one authenticates only with TokenAuthentication (an Authorization: Token header) for a mobile app. Since no session cookie is accepted, a cross-site page cannot make the browser send credentials, so the missing CSRF token is not a weakness.
# ---
from rest_framework import status
from rest_framework.authentication import TokenAuthentication
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from devices.models import PushRegistration


class RegisterDevice(APIView):
    authentication_classes = [TokenAuthentication]
    permission_classes = [IsAuthenticated]

    def post(self, request):
        token = request.data.get("push_token")
        platform = request.data.get("platform")
        if not token or platform not in ("ios", "android"):
            return Response({"detail": "push_token and platform required"}, status=status.HTTP_400_BAD_REQUEST)
        reg, created = PushRegistration.objects.update_or_create(
            user=request.user, push_token=token, defaults={"platform": platform}
        )
        return Response({"id": reg.pk}, status=status.HTTP_201_CREATED if created else status.HTTP_200_OK)
