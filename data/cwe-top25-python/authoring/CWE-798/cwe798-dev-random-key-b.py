# ---
# id: cwe798-dev-random-key-b
# cwe: CWE-798
# vulnerable: false
# twin: none
# tags: flask, secrets
# explanation: The app factory takes SECRET_KEY from the environment; only in explicit development mode does it fall back to a random key generated at start-up with secrets.token_urlsafe, and in production a missing key is an error. No fixed key value exists in the code.
# ---
import os
import secrets

from flask import Flask


def create_app() -> Flask:
    app = Flask(__name__)
    env = os.environ.get("APP_ENV", "production")
    key = os.environ.get("SECRET_KEY")
    if not key:
        if env != "development":
            raise RuntimeError("SECRET_KEY must be set outside development")
        key = secrets.token_urlsafe(32)
        app.logger.warning("using a random SECRET_KEY; sessions will not survive a restart")
    app.config.update(
        SECRET_KEY=key,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=env != "development",
    )

    from .views import bp

    app.register_blueprint(bp)
    return app
