# ---
# id: cwe79-json-script-block-f
# cwe: CWE-79
# vulnerable: false
# twin: cwe79-json-script-block-v
# tags: flask, json, markupsafe
# explanation: The board state is now serialised with jinja2's htmlsafe_json_dumps, which escapes '<', '>', '&' and quotes as unicode escapes, so card titles cannot terminate the inline script block; the result is still valid JSON for the front end.
# ---
from flask import Flask, render_template
from flask_login import current_user, login_required
from markupsafe import Markup
from jinja2.utils import htmlsafe_json_dumps

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
    return Markup(f"<script>window.__BOARD__ = {htmlsafe_json_dumps(state)};</script>")


@app.get("/boards/<int:board_id>")
@login_required
def board_view(board_id):
    board = get_board_for(current_user, board_id)
    return render_template("board.html", board=board, bootstrap=initial_state(board))
