# ---
# id: cwe502-yaml-safeloader-b
# cwe: CWE-502
# vulnerable: false
# twin: none
# tags: yaml, flask
# explanation: An alert-rule API parses uploaded YAML with yaml.load, which scanners flag, but it passes Loader=yaml.CSafeLoader (falling back to SafeLoader); the safe loaders construct only standard scalar, list and mapping types and reject python/* tags.
# ---
import yaml
from flask import Flask, jsonify, request

try:
    Loader = yaml.CSafeLoader
except AttributeError:
    Loader = yaml.SafeLoader

app = Flask(__name__)
RULES: dict[str, dict] = {}
REQUIRED = {"expr", "for", "severity"}


@app.post("/alert-rules")
def upload_rules():
    try:
        doc = yaml.load(request.get_data(), Loader=Loader)
    except yaml.YAMLError as exc:
        return jsonify(error=f"invalid YAML at {getattr(exc, 'problem_mark', '?')}"), 400
    groups = doc.get("groups", []) if isinstance(doc, dict) else []
    accepted = 0
    for group in groups:
        for rule in group.get("rules", []):
            if REQUIRED <= rule.keys():
                RULES[rule.get("alert", f"rule-{len(RULES)}")] = rule
                accepted += 1
    return jsonify(accepted=accepted, total=len(RULES))
