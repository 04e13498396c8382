# ---
# id: cwe306-r2-flask-maintenance-bp-v
# cwe: CWE-306
# vulnerable: true
# twin: cwe306-r2-flask-maintenance-bp-f
# tags: flask, flask-login, sqlalchemy
# explanation: A Flask blueprint holds maintenance actions for a school timetable app. The status page is protected with admin_required, but the route that purges all timetable data for a term carries no authentication decorator at all, so any anonymous visitor can POST to it and wipe a term.
# ---
import functools
import logging
from datetime import datetime

from flask import Blueprint, abort, jsonify, render_template
from flask_login import current_user
from sqlalchemy import delete, func, select

from ..extensions import db
from ..models import Lesson, Term, Timetable

maintenance = Blueprint("maintenance", __name__, url_prefix="/maintenance")
log = logging.getLogger(__name__)


def admin_required(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        if not current_user.is_authenticated:
            abort(401)
        if not current_user.is_admin:
            abort(403)
        return view(*args, **kwargs)
    return wrapper


@maintenance.get("/")
@admin_required
def status():
    counts = db.session.execute(
        select(Term.code, func.count(Lesson.id)).join(Lesson, isouter=True).group_by(Term.code)
    ).all()
    return render_template("maintenance/status.html", counts=counts, now=datetime.utcnow())


@maintenance.post("/terms/<term_code>/purge")  #@vuln
def purge_term(term_code: str):
    term = db.session.execute(select(Term).where(Term.code == term_code)).scalar_one_or_none()
    if term is None:
        abort(404)
    lessons = db.session.execute(delete(Lesson).where(Lesson.term_id == term.id)).rowcount
    db.session.execute(delete(Timetable).where(Timetable.term_id == term.id))
    term.published = False
    db.session.commit()
    log.warning("term %s purged (%d lessons)", term_code, lessons)
    return jsonify(term=term_code, lessons_deleted=lessons)


@maintenance.post("/terms/<term_code>/publish")
@admin_required
def publish_term(term_code: str):
    term = db.session.execute(select(Term).where(Term.code == term_code)).scalar_one_or_none()
    if term is None:
        abort(404)
    term.published = True
    db.session.commit()
    return jsonify(term=term_code, published=True)
