# ---
# id: cwe200-r2-flask-error-handler-v
# cwe: CWE-200
# vulnerable: true
# twin: cwe200-r2-flask-error-handler-f
# tags: flask, traceback, sqlalchemy
# explanation: A Flask API for a ticketing system installs a catch-all error handler. For any unexpected exception it returns the exception text and the full traceback to the client, which exposes file paths, SQL statements with parameters, library versions and sometimes connection strings to any anonymous caller who can trigger an error.
# ---
import logging
import traceback
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
            "detail": repr(exc),  #@vuln
            "trace": traceback.format_exception(type(exc), exc, exc.__traceback__),  #@vuln
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
