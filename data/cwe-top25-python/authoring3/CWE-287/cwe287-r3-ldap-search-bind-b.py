# ---
# id: cwe287-r3-ldap-search-bind-b
# cwe: CWE-287
# vulnerable: false
# twin: none
# tags: ldap3
# explanation: LDAP login that rejects empty passwords, finds the user's DN with a service account and an escaped filter, then binds as that DN with the given password. Authentication depends on a real bind with non-empty credentials.
# ---
from ldap3 import Server, Connection
from ldap3.utils.conv import escape_filter_chars


def ldap_login(uri, base, svc_dn, svc_pw, username, password):
    if not username or not password:
        return False
    server = Server(uri, use_ssl=True)
    with Connection(server, svc_dn, svc_pw, auto_bind=True) as svc:
        svc.search(base, "(uid=%s)" % escape_filter_chars(username), attributes=["cn"])
        if len(svc.entries) != 1:
            return False
        dn = svc.entries[0].entry_dn
    conn = Connection(server, dn, password)
    ok = conn.bind()
    conn.unbind()
    return ok
