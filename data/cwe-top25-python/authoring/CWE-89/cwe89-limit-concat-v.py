# ---
# id: cwe89-limit-concat-v
# cwe: CWE-89
# vulnerable: true
# twin: none
# tags: flask, sqlite3
# explanation: A leaderboard endpoint binds the game id but appends the "limit" query parameter to the SQL string without converting it to an integer. "10 UNION SELECT name, password_hash, 0 FROM users" is executed as part of the query.
# ---
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


def top_scores(conn, game_id, limit):
    sql = "SELECT player, score, achieved_at FROM scores WHERE game_id = ? ORDER BY score DESC LIMIT " + limit  #@vuln
    return conn.execute(sql, (game_id,)).fetchall()


@app.get("/games/<int:game_id>/leaderboard")
def leaderboard(game_id):
    limit = request.args.get("limit", "10")
    with sqlite3.connect("arcade.db") as conn:
        rows = top_scores(conn, game_id, limit)
    return jsonify([{"player": p, "score": s, "at": a} for p, s, a in rows])
