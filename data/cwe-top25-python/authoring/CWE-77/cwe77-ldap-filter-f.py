# ---
# id: cwe77-ldap-filter-f
# cwe: CWE-77
# vulnerable: false
# twin: cwe77-ldap-filter-v
# tags: flask, ldap3
# explanation: The user fragment is now passed through ldap3's escape_filter_chars before being formatted into the filter, so parentheses, asterisks and backslashes are encoded as \28, \2a, \5c and cannot change the filter structure.
# ---
from flask import Flask, jsonify, request
from ldap3 import Connection, Server, SUBTREE
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)
server = Server("ldaps://ldap.corp.example.com")
BASE_DN = "ou=people,dc=corp,dc=example,dc=com"


def find_people(conn, uid_fragment):
    search_filter = "(&(objectClass=person)(uid=%s*))" % escape_filter_chars(uid_fragment)
    conn.search(BASE_DN, search_filter, SUBTREE, attributes=["uid", "cn", "mail", "telephoneNumber"], size_limit=25)
    return [
        {"uid": str(e.uid), "name": str(e.cn), "mail": str(e.mail), "phone": str(e.telephoneNumber)}
        for e in conn.entries
    ]


@app.get("/directory")
def directory():
    q = request.args.get("q", "")
    with Connection(server, auto_bind=True) as conn:
        return jsonify(find_people(conn, q))
