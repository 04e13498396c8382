# ---
# id: cwe287-ldap-empty-password-f
# cwe: CWE-287
# vulnerable: false
# twin: cwe287-ldap-empty-password-v
# tags: ldap3, flask
# explanation: The LDAP login now refuses empty usernames and passwords before binding, so the directory's unauthenticated-bind behaviour can no longer be used to log in without knowing the user's password.
# ---
from flask import Flask, redirect, render_template, request, session
from ldap3 import Connection, Server
from ldap3.core.exceptions import LDAPException
from ldap3.utils.dn import escape_rdn

app = Flask(__name__)
app.config.from_envvar("INTRANET_SETTINGS")
LDAP = Server("ldaps://ldap.corp.example", use_ssl=True)


def ldap_login(username: str, password: str) -> bool:
    if not username or not password:
        return False
    dn = f"uid={escape_rdn(username)},ou=people,dc=corp,dc=example"
    try:
        conn = Connection(LDAP, user=dn, password=password)
        ok = conn.bind()
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
