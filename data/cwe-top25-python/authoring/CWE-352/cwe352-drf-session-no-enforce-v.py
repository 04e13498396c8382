# ---
# id: cwe352-drf-session-no-enforce-v
# cwe: CWE-352
# vulnerable: true
# twin: cwe352-drf-session-no-enforce-f
# tags: django, djangorestframework
# explanation: The DRF API is used by the site's own pages with Django session cookies, and a custom SessionAuthentication subclass overrides enforce_csrf to do nothing. Any website can therefore make a logged-in user's browser POST to the address-book API and create or change records.
# ---
from rest_framework import permissions, viewsets
from rest_framework.authentication import SessionAuthentication

from .models import Contact
from .serializers import ContactSerializer


class CsrfExemptSessionAuthentication(SessionAuthentication):
    def enforce_csrf(self, request):
        return None  #@vuln


class ContactViewSet(viewsets.ModelViewSet):
    serializer_class = ContactSerializer
    authentication_classes = [CsrfExemptSessionAuthentication]
    permission_classes = [permissions.IsAuthenticated]

    def get_queryset(self):
        return Contact.objects.filter(owner=self.request.user).order_by("last_name")

    def perform_create(self, serializer):
        serializer.save(owner=self.request.user)
