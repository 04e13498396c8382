# ---
# id: cwe79-bottle-unescaped-tpl-f
# cwe: CWE-79
# vulnerable: false
# twin: cwe79-bottle-unescaped-tpl-v
# tags: bottle, sqlite3
# explanation: The guestbook template now uses Bottle's plain {{...}} syntax for names and entry text, which HTML-escapes the values, so visitors' submissions are displayed as text rather than interpreted as markup.
# ---
import sqlite3

from bottle import Bottle, redirect, request, template

app = Bottle()

PAGE = """
<h1>Guestbook</h1>
<form method="post"><input name="name"><textarea name="text"></textarea><button>Sign</button></form>
% for name, text, at in entries:
  <div class="entry"><b>{{name}}</b> <small>{{at}}</small><p>{{text}}</p></div>
% end
"""


def db():
    return sqlite3.connect("guestbook.db")


@app.get("/")
def show():
    with db() as con:
        entries = con.execute("SELECT name, text, created_at FROM entries ORDER BY id DESC LIMIT 100").fetchall()
    return template(PAGE, entries=entries)


@app.post("/")
def sign():
    name = request.forms.getunicode("name", "anonymous")[:60]
    text = request.forms.getunicode("text", "")[:2000]
    with db() as con:
        con.execute("INSERT INTO entries (name, text, created_at) VALUES (?, ?, datetime('now'))", (name, text))
    redirect("/")
