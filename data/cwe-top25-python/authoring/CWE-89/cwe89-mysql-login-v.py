# ---
# id: cwe89-mysql-login-v
# cwe: CWE-89
# vulnerable: true
# twin: cwe89-mysql-login-f
# tags: mysql, flask, werkzeug
# explanation: The login handler fetches the account row by concatenating the submitted e-mail into the query for mysql.connector. An e-mail like "' OR 1=1 LIMIT 1 -- " returns the first account, and the password check then runs against an attacker-chosen row; any SQL can also be appended.
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
    cur.execute("SELECT id, password_hash FROM customers WHERE email = '" + email + "'")  #@vuln
    account = cur.fetchone()
    conn.close()
    if not account or not check_password_hash(account["password_hash"], password):
        abort(401)
    session["customer_id"] = account["id"]
    return redirect("/account")
