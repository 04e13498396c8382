# ---
# id: cwe306-r2-flask-public-read-b
# cwe: CWE-306
# vulnerable: false
# twin: none
# tags: flask, flask-login, sqlalchemy
# explanation: A Flask blueprint for a public bus timetable. Reading routes and departures is intentionally anonymous (public data), while every route that changes the timetable carries login_required plus an editor role check; no critical function is reachable without authentication.
# ---
import logging
from datetime import datetime, time

from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required

from ..extensions import db
from ..models import Departure, Route

timetable = Blueprint("timetable", __name__, url_prefix="/timetable")
log = logging.getLogger(__name__)


def _parse_time(raw: str) -> time:
    try:
        return datetime.strptime(raw, "%H:%M").time()
    except (TypeError, ValueError):
        abort(400, "time must be HH:MM")


@timetable.get("/routes")
def list_routes():
    routes = Route.query.order_by(Route.number).all()
    return jsonify([{"number": r.number, "name": r.name} for r in routes])


@timetable.get("/routes/<number>/departures")
def departures(number: str):
    route = Route.query.filter_by(number=number).first_or_404()
    after = _parse_time(request.args.get("after", "00:00"))
    rows = (
        Departure.query.filter(Departure.route_id == route.id, Departure.leaves_at >= after)
        .order_by(Departure.leaves_at)
        .limit(50)
    )
    return jsonify([{"stop": d.stop_name, "leaves_at": d.leaves_at.strftime("%H:%M")} for d in rows])


@timetable.post("/routes/<number>/departures")
@login_required
def add_departure(number: str):
    if not current_user.has_role("editor"):
        abort(403)
    route = Route.query.filter_by(number=number).first_or_404()
    data = request.get_json(silent=True) or {}
    dep = Departure(route=route, stop_name=str(data.get("stop", ""))[:80], leaves_at=_parse_time(data.get("leaves_at")))
    db.session.add(dep)
    db.session.commit()
    log.info("departure added to %s by %s", number, current_user.id)
    return jsonify(id=dep.id), 201


@timetable.delete("/departures/<int:dep_id>")
@login_required
def remove_departure(dep_id: int):
    if not current_user.has_role("editor"):
        abort(403)
    dep = db.session.get(Departure, dep_id) or abort(404)
    db.session.delete(dep)
    db.session.commit()
    return "", 204
