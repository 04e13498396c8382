# ---
# id: cwe79-json-script-block-v
# cwe: CWE-79
# vulnerable: true
# twin: cwe79-json-script-block-f
# tags: flask, json, markupsafe
# explanation: The kanban page embeds initial board state in an inline <script> with json.dumps and Markup. json.dumps does not escape '<', '>' or '/', so a card title containing '</script><script>...' written by any board member closes the script block early and runs arbitrary script for everyone who opens the board.
# ---
import json

from flask import Flask, render_template
from flask_login import current_user, login_required
from markupsafe import Markup

from .boards import get_board_for

app = Flask(__name__)


def initial_state(board):
    state = {
        "id": board.id,
        "columns": [
            {"name": col.name, "cards": [{"id": c.id, "title": c.title} for c in col.cards]}
            for col in board.columns
        ],
    }
    return Markup(f"<script>window.__BOARD__ = {json.dumps(state)};</script>")  #@vuln


@app.get("/boards/<int:board_id>")
@login_required
def board_view(board_id):
    board = get_board_for(current_user, board_id)
    return render_template("board.html", board=board, bootstrap=initial_state(board))
