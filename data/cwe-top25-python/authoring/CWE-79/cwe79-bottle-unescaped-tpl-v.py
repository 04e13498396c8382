# ---
# id: cwe79-bottle-unescaped-tpl-v
# cwe: CWE-79
# vulnerable: true
# twin: cwe79-bottle-unescaped-tpl-f
# tags: bottle, sqlite3
# explanation: A Bottle guestbook renders entries with SimpleTemplate using the {{!...}} syntax, which disables Bottle's default HTML escaping. Entry text and names are posted by anonymous visitors, so any markup they submit is stored and runs in every later visitor's browser.
# ---
import sqlite3

from bottle import Bottle, redirect, request, template

app = Bottle()

PAGE = """
<h1>Guestbook</h1>
<form method="post"><input name="name"><textarea name="text"></textarea><button>Sign</button></form>
% for name, text, at in entries:
  <div class="entry"><b>{{!name}}</b> <small>{{at}}</small><p>{{!text}}</p></div>
% end
"""


def db():
    return sqlite3.connect("guestbook.db")


@app.get("/")
def show():
    with db() as con:
        entries = con.execute("SELECT name, text, created_at FROM entries ORDER BY id DESC LIMIT 100").fetchall()
    return template(PAGE, entries=entries)  #@vuln


@app.post("/")
def sign():
    name = request.forms.getunicode("name", "anonymous")[:60]
    text = request.forms.getunicode("text", "")[:2000]
    with db() as con:
        con.execute("INSERT INTO entries (name, text, created_at) VALUES (?, ?, datetime('now'))", (name, text))
    redirect("/")
