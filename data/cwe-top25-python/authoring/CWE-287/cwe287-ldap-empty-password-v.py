# ---
# id: cwe287-ldap-empty-password-v
# cwe: CWE-287
# vulnerable: true
# twin: cwe287-ldap-empty-password-f
# tags: ldap3, flask
# explanation: The intranet login authenticates by binding to LDAP as the user's DN with the submitted password. With an empty password the directory performs an unauthenticated simple bind, which succeeds, so anyone who knows a username can log in as that user by leaving the password blank.
# ---
from flask import Flask, redirect, render_template, request, session
from ldap3 import Connection, Server
from ldap3.core.exceptions import LDAPException
from ldap3.utils.dn import escape_rdn

app = Flask(__name__)
app.config.from_envvar("INTRANET_SETTINGS")
LDAP = Server("ldaps://ldap.corp.example", use_ssl=True)


def ldap_login(username: str, password: str) -> bool:
    dn = f"uid={escape_rdn(username)},ou=people,dc=corp,dc=example"
    try:
        conn = Connection(LDAP, user=dn, password=password)  #@vuln
        ok = conn.bind()  #@vuln
        conn.unbind()
        return ok
    except LDAPException:
        return False


@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "POST":
        username = request.form.get("username", "").strip()
        if ldap_login(username, request.form.get("password", "")):
            session.clear()
            session["uid"] = username
            return redirect("/")
        return render_template("login.html", error="Invalid credentials"), 401
    return render_template("login.html")
