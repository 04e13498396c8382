# ---
# id: cwe306-run-migrations-v
# cwe: CWE-306
# vulnerable: true
# twin: cwe306-run-migrations-f
# tags: flask, alembic
# explanation: A deployment helper route runs Alembic migrations up or down to any revision. It is mounted on the public application with no authentication, so anyone can downgrade the production schema and destroy data.
# ---
from alembic import command
from alembic.config import Config
from alembic.util import CommandError
from flask import Flask, jsonify, request

app = Flask(__name__)
ALEMBIC_INI = "/srv/app/alembic.ini"


def alembic_cfg() -> Config:
    cfg = Config(ALEMBIC_INI)
    cfg.set_main_option("script_location", "/srv/app/migrations")
    return cfg


@app.post("/ops/migrate")  #@vuln
def migrate():
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
