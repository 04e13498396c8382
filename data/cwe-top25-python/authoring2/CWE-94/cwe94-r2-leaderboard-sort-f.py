# ---
# id: cwe94-r2-leaderboard-sort-f
# cwe: CWE-94
# vulnerable: false
# twin: cwe94-r2-leaderboard-sort-v
# tags: flask
# explanation: sort_entries() now only accepts field names from a fixed set of Entry attributes and builds the key with operator.attrgetter(), so the 'sort' parameter is never compiled or evaluated as code; unknown names raise AttributeError and the view answers 400.
# ---
import logging
import operator
from dataclasses import dataclass, asdict
from typing import List

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("leaderboard", __name__, url_prefix="/api/leaderboard")
log = logging.getLogger(__name__)

PAGE = 25
SORTABLE = {"player", "score", "level", "playtime_min", "country"}


@dataclass
class Entry:
    player: str
    score: int
    level: int
    playtime_min: int
    country: str


def load_entries(season: int) -> List[Entry]:
    rows = current_app.config["SCORE_STORE"].season(season)
    return [Entry(**row) for row in rows]


def sort_entries(entries: List[Entry], field: str, descending: bool) -> List[Entry]:
    if field not in SORTABLE:
        raise AttributeError(field)
    key = operator.attrgetter(field)
    return sorted(entries, key=key, reverse=descending)


@bp.route("/<int:season>")
def leaderboard(season: int):
    entries = load_entries(season)
    if not entries:
        abort(404)
    field = request.args.get("sort", "score")
    descending = request.args.get("order", "desc") != "asc"
    try:
        ranked = sort_entries(entries, field, descending)
    except AttributeError:
        abort(400, description=f"cannot sort by {field}")
    page = max(1, request.args.get("page", 1, type=int))
    chunk = ranked[(page - 1) * PAGE : page * PAGE]
    log.debug("season %s sorted by %s (%d entries)", season, field, len(entries))
    return jsonify(
        season=season,
        page=page,
        total=len(ranked),
        entries=[dict(asdict(e), rank=(page - 1) * PAGE + i + 1) for i, e in enumerate(chunk)],
    )
