# ---
# id: cwe287-drf-header-user-v
# cwe: CWE-287
# vulnerable: true
# twin: cwe287-drf-header-user-f
# tags: django, djangorestframework
# explanation: A custom DRF authentication class used by the mobile API identifies the caller from an X-User-Id header and returns that user without any secret, token or signature. Any client can put another user's numeric id in the header and act as them.
# ---
from django.contrib.auth import get_user_model
from rest_framework import authentication, exceptions


class MobileHeaderAuthentication(authentication.BaseAuthentication):
    keyword = "X-User-Id"

    def authenticate(self, request):
        raw = request.headers.get(self.keyword)
        if not raw:
            return None
        try:
            user = get_user_model().objects.get(pk=int(raw), is_active=True)  #@vuln
        except (ValueError, get_user_model().DoesNotExist):
            raise exceptions.AuthenticationFailed("unknown user")
        return (user, None)  #@vuln

    def authenticate_header(self, request):
        return self.keyword
