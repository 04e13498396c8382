# ---
# id: cwe502-r2-pipeline-yaml-import-v
# cwe: CWE-502
# vulnerable: true
# twin: cwe502-r2-pipeline-yaml-import-f
# tags: flask, yaml, blueprint
# explanation: A Flask blueprint lets workspace members upload a YAML pipeline definition and parses it with yaml.load using yaml.UnsafeLoader. The uploaded document is attacker controlled, and the unsafe loader honours python/object tags, so a file can construct arbitrary Python objects and run commands on the server.
# ---
import logging
from typing import Any

import yaml
from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required

from .models import Pipeline, db

bp = Blueprint("pipelines", __name__, url_prefix="/api/pipelines")
log = logging.getLogger(__name__)

MAX_STEPS = 50
KNOWN_STEP_TYPES = {"extract", "transform", "load", "notify"}


def _parse_definition(text: str) -> dict[str, Any]:
    doc = yaml.load(text, Loader=yaml.UnsafeLoader)  #@vuln
    if not isinstance(doc, dict):
        raise ValueError("pipeline definition must be a mapping")
    return doc


def _check_steps(steps: list) -> list[str]:
    errors = []
    if len(steps) > MAX_STEPS:
        errors.append(f"too many steps ({len(steps)} > {MAX_STEPS})")
    for i, step in enumerate(steps):
        kind = step.get("type") if isinstance(step, dict) else None
        if kind not in KNOWN_STEP_TYPES:
            errors.append(f"step {i}: unknown type {kind!r}")
    return errors


@bp.route("/import", methods=["POST"])
@login_required
def import_pipeline():
    upload = request.files.get("definition")
    if upload is None:
        abort(400, "missing file field 'definition'")
    text = upload.read().decode("utf-8", errors="replace")
    try:
        doc = _parse_definition(text)
    except (yaml.YAMLError, ValueError) as exc:
        return jsonify(error=str(exc)), 400
    errors = _check_steps(doc.get("steps", []))
    if errors:
        return jsonify(errors=errors), 422
    pipeline = Pipeline(name=str(doc.get("name", "untitled"))[:120], owner_id=current_user.id, spec=doc)
    db.session.add(pipeline)
    db.session.commit()
    log.info("user %s imported pipeline %s", current_user.id, pipeline.id)
    return jsonify(id=pipeline.id, steps=len(doc.get("steps", []))), 201
