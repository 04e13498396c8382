# ---
# id: cwe20-withdraw-nan-amount-f
# cwe: CWE-20
# vulnerable: false
# twin: cwe20-withdraw-nan-amount-v
# tags: flask, sqlite3
# explanation: The amount is now parsed as a Decimal, required to be finite, and rounded to cents, so "nan", "inf" and similar strings are rejected before the range checks run. The comparisons then behave as intended.
# ---
import sqlite3
from decimal import Decimal, InvalidOperation

from flask import Flask, g, jsonify, request, session

app = Flask(__name__)


def db():
    if "conn" not in g:
        g.conn = sqlite3.connect("bank.db")
    return g.conn


@app.post("/account/withdraw")
def withdraw():
    try:
        amount = Decimal(request.form["amount"]).quantize(Decimal("0.01"))
    except InvalidOperation:
        return jsonify(error="amount must be a number"), 400
    if not amount.is_finite():
        return jsonify(error="amount must be a number"), 400
    conn = db()
    (balance,) = conn.execute("SELECT balance FROM accounts WHERE id = ?", (session["account_id"],)).fetchone()
    balance = Decimal(str(balance))
    if amount <= 0:
        return jsonify(error="amount must be positive"), 400
    if amount > balance:
        return jsonify(error="insufficient funds"), 400
    conn.execute("UPDATE accounts SET balance = ? WHERE id = ?", (str(balance - amount), session["account_id"]))
    conn.commit()
    return jsonify(balance=str(balance - amount))
