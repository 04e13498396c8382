# ---
# id: cwe20-withdraw-nan-amount-v
# cwe: CWE-20
# vulnerable: true
# twin: cwe20-withdraw-nan-amount-f
# tags: flask, sqlite3
# explanation: The withdrawal form converts the amount with float(), which accepts "nan" and "inf". Every comparison with NaN is false, so the checks "amount <= 0" and "amount > balance" both pass and the NaN is written to the balance, corrupting the account; the code validates the range but not that the value is a finite number.
# ---
import sqlite3

from flask import Flask, g, jsonify, request, session

app = Flask(__name__)


def db():
    if "conn" not in g:
        g.conn = sqlite3.connect("bank.db")
    return g.conn


@app.post("/account/withdraw")
def withdraw():
    amount = float(request.form["amount"])  #@vuln
    conn = db()
    (balance,) = conn.execute("SELECT balance FROM accounts WHERE id = ?", (session["account_id"],)).fetchone()
    if amount <= 0:
        return jsonify(error="amount must be positive"), 400
    if amount > balance:
        return jsonify(error="insufficient funds"), 400
    conn.execute("UPDATE accounts SET balance = ? WHERE id = ?", (balance - amount, session["account_id"]))
    conn.commit()
    return jsonify(balance=balance - amount)
