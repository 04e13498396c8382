# ---
# id: cwe287-r3-ldap-bind-f
# cwe: CWE-287
# vulnerable: false
# twin: cwe287-r3-ldap-bind-v
# tags: ldap3
# explanation: Same LDAP backend, but an empty password is rejected before binding, so the server cannot turn the login into an unauthenticated anonymous bind; only a real bind with the user's credentials authenticates.
# ---
from ldap3 import Server, Connection
from ldap3.core.exceptions import LDAPException


class LDAPBackend:
    def __init__(self, uri, base_dn):
        self.server = Server(uri)
        self.base_dn = base_dn

    def authenticate(self, username, password):
        if not password:
            return None
        dn = "uid=%s,%s" % (username, self.base_dn)
        try:
            conn = Connection(self.server, user=dn, password=password)
            if not conn.bind():
                return None
        except LDAPException:
            return None
        conn.unbind()
        return username
