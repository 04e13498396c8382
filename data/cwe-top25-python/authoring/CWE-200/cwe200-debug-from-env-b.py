# ---
# id: cwe200-debug-from-env-b
# cwe: CWE-200
# vulnerable: false
# twin: none
# tags: flask, werkzeug
# explanation: The app's run script enables Flask debug mode, which would expose the interactive debugger, but only when FLASK_DEBUG=1 is set and only bound to 127.0.0.1; production is served by gunicorn through the create_app factory, where debug is off.
# ---
import os

from flask import Flask, jsonify


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.from_prefixed_env()

    @app.get("/api/version")
    def version():
        return jsonify(version=os.environ.get("APP_VERSION", "dev"))

    return app


if __name__ == "__main__":
    debug = os.environ.get("FLASK_DEBUG") == "1"
    create_app().run(host="127.0.0.1", port=5000, debug=debug)
