# ---
# id: cwe352-drf-session-no-enforce-f
# cwe: CWE-352
# vulnerable: false
# twin: cwe352-drf-session-no-enforce-v
# tags: django, djangorestframework
# explanation: The viewset now uses DRF's stock SessionAuthentication, whose enforce_csrf runs Django's CSRF check for session-authenticated unsafe requests, so the browser front end must send the X-CSRFToken header and cross-site requests are rejected.
# ---
from rest_framework import permissions, viewsets
from rest_framework.authentication import SessionAuthentication

from .models import Contact
from .serializers import ContactSerializer


class ContactViewSet(viewsets.ModelViewSet):
    serializer_class = ContactSerializer
    authentication_classes = [SessionAuthentication]
    permission_classes = [permissions.IsAuthenticated]

    def get_queryset(self):
        return Contact.objects.filter(owner=self.request.user).order_by("last_name")

    def perform_create(self, serializer):
        serializer.save(owner=self.request.user)
