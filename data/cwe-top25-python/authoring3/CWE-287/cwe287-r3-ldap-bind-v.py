# ---
# id: cwe287-r3-ldap-bind-v
# cwe: CWE-287
# vulnerable: true
# twin: cwe287-r3-ldap-bind-f
# tags: ldap3
# explanation: LDAP authentication backend: it binds as the user DN with the password from the login form and treats a successful bind as proof of identity. An empty password makes most LDAP servers perform an unauthenticated (anonymous) bind that succeeds, so anyone can log in as any existing user by leaving the password blank.
# ---
from ldap3 import Server, Connection
from ldap3.core.exceptions import LDAPException


class LDAPBackend:
    def __init__(self, uri, base_dn):
        self.server = Server(uri)
        self.base_dn = base_dn

    def authenticate(self, username, password):
        dn = "uid=%s,%s" % (username, self.base_dn)
        try:
            conn = Connection(self.server, user=dn, password=password)
            if not conn.bind():  #@vuln
                return None
        except LDAPException:
            return None
        conn.unbind()
        return username
