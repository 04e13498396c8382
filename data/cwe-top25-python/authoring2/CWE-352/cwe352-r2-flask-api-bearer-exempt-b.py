# ---
# id: cwe352-r2-flask-api-bearer-exempt-b
# cwe: CWE-352
# vulnerable: false
# twin: none
# tags: flask, flask-wtf, blueprint
# explanation: The app enables Flask-WTF CSRFProtect globally and exempts only the /api/v1 blueprint, whose views authenticate solely by an Authorization bearer token looked up per request and never read the session cookie. Browsers do not attach such a header to cross-site requests, so the exempted endpoints cannot be driven by a forged form, while cookie-based HTML forms keep CSRF protection.
# ---
import hashlib
import logging
from functools import wraps

from flask import Blueprint, Flask, abort, g, jsonify, request
from flask_wtf.csrf import CSRFProtect

from .models import ApiToken, Project, db

log = logging.getLogger(__name__)
csrf = CSRFProtect()
api = Blueprint("api_v1", __name__, url_prefix="/api/v1")


def token_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        header = request.headers.get("Authorization", "")
        scheme, _, raw = header.partition(" ")
        if scheme.lower() != "bearer" or not raw:
            abort(401)
        digest = hashlib.sha256(raw.encode()).hexdigest()
        token = ApiToken.query.filter_by(digest=digest, revoked=False).first()
        if token is None:
            abort(401)
        g.api_user = token.user
        return view(*args, **kwargs)
    return wrapper


@api.post("/projects")
@token_required
def create_project():
    data = request.get_json(silent=True) or {}
    name = str(data.get("name", "")).strip()
    if not 1 <= len(name) <= 80:
        return jsonify(error="name must be 1-80 characters"), 422
    project = Project(name=name, owner_id=g.api_user.id)
    db.session.add(project)
    db.session.commit()
    log.info("api user %s created project %s", g.api_user.id, project.id)
    return jsonify(id=project.id, name=project.name), 201


def create_app(config_object):
    app = Flask(__name__)
    app.config.from_object(config_object)
    db.init_app(app)
    csrf.init_app(app)
    csrf.exempt(api)
    app.register_blueprint(api)
    return app
