# ---
# id: cwe77-ldap-filter-v
# cwe: CWE-77
# vulnerable: true
# twin: cwe77-ldap-filter-f
# tags: flask, ldap3
# explanation: A directory lookup endpoint builds an LDAP search filter by formatting the "q" parameter into "(&(objectClass=person)(uid=...))". LDAP filter syntax is a small command language: "*)(userPassword=*" or ")(|(uid=*" rewrites the filter and exposes entries and attributes that should not match (LDAP injection, CWE-90 under CWE-77).
# ---
from flask import Flask, jsonify, request
from ldap3 import Connection, Server, SUBTREE

app = Flask(__name__)
server = Server("ldaps://ldap.corp.example.com")
BASE_DN = "ou=people,dc=corp,dc=example,dc=com"


def find_people(conn, uid_fragment):
    search_filter = "(&(objectClass=person)(uid=%s*))" % uid_fragment  #@vuln
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
