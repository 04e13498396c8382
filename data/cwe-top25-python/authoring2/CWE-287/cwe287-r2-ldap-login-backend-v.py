# ---
# id: cwe287-r2-ldap-login-backend-v
# cwe: CWE-287
# vulnerable: true
# twin: none
# tags: django, ldap3
# explanation: A Django authentication backend checks staff logins by binding to the company LDAP server with the user's DN and password. It never rejects an empty password, and LDAP servers treat a simple bind with a DN and an empty password as an unauthenticated (anonymous) bind that succeeds, so any known user name logs in with a blank password.
# ---
import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import BaseBackend
from ldap3 import ALL, Connection, Server
from ldap3.core.exceptions import LDAPException
from ldap3.utils.conv import escape_rdn

log = logging.getLogger(__name__)
User = get_user_model()


class CompanyDirectoryBackend(BaseBackend):
    """Authenticate against the company directory and mirror the user locally."""

    def _server(self) -> Server:
        return Server(settings.LDAP_URL, use_ssl=True, get_info=ALL, connect_timeout=5)

    def _dn(self, username: str) -> str:
        return f"uid={escape_rdn(username)},{settings.LDAP_PEOPLE_BASE}"

    def authenticate(self, request, username=None, password=None, **kwargs):
        if not username:
            return None
        dn = self._dn(username.strip().lower())
        try:
            conn = Connection(self._server(), user=dn, password=password or "")  #@vuln
            if not conn.bind():  #@vuln
                log.info("directory rejected %s", username)
                return None
            conn.search(dn, "(objectClass=person)", attributes=["mail", "givenName", "sn"])
            entry = conn.entries[0] if conn.entries else None
            conn.unbind()
        except LDAPException:
            log.exception("directory unavailable")
            return None

        user, _ = User.objects.get_or_create(username=username.strip().lower())
        if entry is not None:
            user.email = str(entry.mail)
            user.first_name = str(entry.givenName)
            user.last_name = str(entry.sn)
            user.save(update_fields=["email", "first_name", "last_name"])
        return user if user.is_active else None

    def get_user(self, user_id):
        try:
            return User.objects.get(pk=user_id)
        except User.DoesNotExist:
            return None
