# ---
# id: cwe287-drf-header-user-f
# cwe: CWE-287
# vulnerable: false
# twin: cwe287-drf-header-user-v
# tags: django, djangorestframework, hashlib
# explanation: The mobile authentication class now requires an X-Device-Token header containing a secret device token issued at login; it looks up the SHA-256 digest of that token among active, unrevoked device registrations, so a user id alone no longer identifies anyone.
# ---
import hashlib

from rest_framework import authentication, exceptions

from devices.models import DeviceToken


class MobileHeaderAuthentication(authentication.BaseAuthentication):
    keyword = "X-Device-Token"

    def authenticate(self, request):
        raw = request.headers.get(self.keyword)
        if not raw:
            return None
        digest = hashlib.sha256(raw.encode()).hexdigest()
        try:
            device = DeviceToken.objects.select_related("user").get(
                token_sha256=digest, revoked=False, user__is_active=True
            )
        except DeviceToken.DoesNotExist:
            raise exceptions.AuthenticationFailed("unknown device token")
        return (device.user, device)

    def authenticate_header(self, request):
        return self.keyword
