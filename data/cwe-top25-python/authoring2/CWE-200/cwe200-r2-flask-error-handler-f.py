# ---
# id: cwe200-r2-flask-error-handler-f
# cwe: CWE-200
# vulnerable: false
# twin: cwe200-r2-flask-error-handler-v
# tags: flask, traceback, sqlalchemy
# explanation: A Flask API for a ticketing system installs a catch-all error handler. The handler now logs the exception with its traceback on the server under an incident id and returns only a generic message and that id to the client, so internal paths, SQL and configuration no longer reach the caller.
# ---
import logging
import uuid

from flask import Flask, jsonify, request
from sqlalchemy.exc import IntegrityError
from werkzeug.exceptions import HTTPException

log = logging.getLogger("tickets.api")


def register_error_handlers(app: Flask) -> None:
    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException):
        return jsonify(error=exc.name, message=exc.description), exc.code

    @app.errorhandler(IntegrityError)
    def conflict(exc: IntegrityError):
        log.info("integrity error on %s %s", request.method, request.path)
        return jsonify(error="Conflict", message="the resource already exists"), 409

    @app.errorhandler(Exception)
    def unexpected(exc: Exception):
        incident = uuid.uuid4().hex[:12]
        log.error("incident %s on %s %s", incident, request.method, request.path, exc_info=exc)
        body = {
            "error": "Internal Server Error",
            "incident": incident,
            "message": "Something went wrong; quote the incident id when contacting support.",
        }
        return jsonify(body), 500


def create_app(config_object: str = "tickets.settings.Production") -> Flask:
    app = Flask(__name__)
    app.config.from_object(config_object)
    register_error_handlers(app)

    from .views import api
    app.register_blueprint(api, url_prefix="/api")

    @app.after_request
    def add_headers(resp):
        resp.headers.setdefault("Cache-Control", "no-store")
        resp.headers.setdefault("X-Content-Type-Options", "nosniff")
        return resp

    return app
