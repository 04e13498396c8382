# ---
# id: cwe306-run-migrations-f
# cwe: CWE-306
# vulnerable: false
# twin: cwe306-run-migrations-v
# tags: flask, alembic
# explanation: The migration route now requires a deploy token in the Authorization header, compared in constant time against a secret from the environment, so only the deployment pipeline that holds the token can run migrations.
# ---
import hmac
import os

from alembic import command
from alembic.config import Config
from alembic.util import CommandError
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
ALEMBIC_INI = "/srv/app/alembic.ini"
DEPLOY_TOKEN = os.environ["DEPLOY_TOKEN"]


def alembic_cfg() -> Config:
    cfg = Config(ALEMBIC_INI)
    cfg.set_main_option("script_location", "/srv/app/migrations")
    return cfg


@app.post("/ops/migrate")
def migrate():
    if not hmac.compare_digest(request.headers.get("Authorization", ""), f"Bearer {DEPLOY_TOKEN}"):
        abort(401)
    target = request.json.get("revision", "head")
    direction = request.json.get("direction", "up")
    try:
        if direction == "down":
            command.downgrade(alembic_cfg(), target)
        else:
            command.upgrade(alembic_cfg(), target)
    except CommandError:
        app.logger.exception("migration to %s failed", target)
        return jsonify(ok=False, error="migration failed"), 400
    return jsonify(ok=True, revision=target, direction=direction)
