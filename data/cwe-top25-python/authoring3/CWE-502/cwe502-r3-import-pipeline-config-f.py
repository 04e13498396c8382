# ---
# id: cwe502-r3-import-pipeline-config-f
# cwe: CWE-502
# vulnerable: false
# twin: cwe502-r3-import-pipeline-config-v
# tags: flask, yaml
# explanation: The uploaded pipeline definition is parsed with yaml.safe_load, which only builds standard scalars, lists and mappings and rejects python/object tags, so the upload cannot construct objects or execute code.
# ---
import yaml
from flask import request, jsonify


def import_pipeline():
    upload = request.files["definition"]
    spec = yaml.safe_load(upload.stream)
    if not isinstance(spec, dict) or "stages" not in spec:
        return jsonify(error="missing stages"), 400
    pipeline = Pipeline.from_spec(spec)
    pipeline.save()
    return jsonify(id=pipeline.id), 201
