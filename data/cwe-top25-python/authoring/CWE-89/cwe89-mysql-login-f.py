# ---
# id: cwe89-mysql-login-f
# cwe: CWE-89
# vulnerable: false
# twin: cwe89-mysql-login-v
# tags: mysql, flask, werkzeug
# explanation: The login handler now passes the e-mail as a %s parameter to mysql.connector's execute. The driver escapes it, so the submitted address can only match an e-mail value and the password check runs against the right row.
# ---
import mysql.connector
from flask import Flask, request, session, redirect, abort
from werkzeug.security import check_password_hash

app = Flask(__name__)
app.secret_key = open("/etc/shop/session.key", "rb").read()


def db():
    return mysql.connector.connect(option_files="/etc/shop/mysql.cnf", database="shop")


@app.post("/login")
def login():
    email = request.form["email"].strip().lower()
    password = request.form["password"]
    conn = db()
    cur = conn.cursor(dictionary=True)
    cur.execute("SELECT id, password_hash FROM customers WHERE email = %s", (email,))
    account = cur.fetchone()
    conn.close()
    if not account or not check_password_hash(account["password_hash"], password):
        abort(401)
    session["customer_id"] = account["id"]
    return redirect("/account")
