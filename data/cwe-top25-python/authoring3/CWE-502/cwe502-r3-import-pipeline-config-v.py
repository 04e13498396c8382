# ---
# id: cwe502-r3-import-pipeline-config-v
# cwe: CWE-502
# vulnerable: true
# twin: cwe502-r3-import-pipeline-config-f
# tags: flask, yaml
# explanation: A Flask endpoint lets users import a pipeline definition by uploading a YAML file and parses it with yaml.load and the full Loader. The full Loader honours python/object tags, so an uploaded document can instantiate arbitrary classes and run code on the server.
# ---
import yaml
from flask import request, jsonify


def import_pipeline():
    upload = request.files["definition"]
    spec = yaml.load(upload.stream, Loader=yaml.Loader)  #@vuln
    if not isinstance(spec, dict) or "stages" not in spec:
        return jsonify(error="missing stages"), 400
    pipeline = Pipeline.from_spec(spec)
    pipeline.save()
    return jsonify(id=pipeline.id), 201
