# ---
# id: cwe918-r2-node-metrics-report-f
# cwe: CWE-918
# vulnerable: false
# twin: cwe918-r2-node-metrics-report-v
# tags: flask, requests, blueprint
# explanation: The report now maps the node parameter through the NODE_ADDRESSES inventory loaded from the deployment config and answers 404 for names that are not in it. The URL is therefore always one of the known exporter hosts, and the caller can no longer make the server fetch arbitrary internal addresses.
# ---
import json
import logging
from collections import defaultdict

import requests
from flask import Blueprint, jsonify, request
from flask_login import login_required

reports = Blueprint("reports", __name__)
log = logging.getLogger(__name__)

EXPORTER_PORT = 9100
with open("/etc/reporting/nodes.json", encoding="utf-8") as _fh:
    NODE_ADDRESSES = json.load(_fh)
WANTED = ("node_load1", "node_memory_MemAvailable_bytes", "node_filesystem_avail_bytes")


def parse_exposition(text):
    """Parse Prometheus text format into {metric: [values]}."""
    values = defaultdict(list)
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        name_part, _, value = line.rpartition(" ")
        name = name_part.split("{", 1)[0]
        try:
            values[name].append(float(value))
        except ValueError:
            continue
    return values


def summarize(values):
    out = {}
    for name in WANTED:
        series = values.get(name, [])
        if series:
            out[name] = {"min": min(series), "max": max(series), "count": len(series)}
    return out


@reports.route("/reports/node-metrics")
@login_required
def node_metrics():
    node = request.args.get("node", "")
    if not node:
        return jsonify(error="node is required"), 400
    address = NODE_ADDRESSES.get(node)
    if address is None:
        return jsonify(error="unknown node"), 404
    url = f"http://{address}:{EXPORTER_PORT}/metrics"
    try:
        resp = requests.get(url, timeout=3)
    except requests.RequestException as exc:
        log.warning("scrape of %s failed: %s", node, exc)
        return jsonify(error="exporter unreachable"), 502
    values = parse_exposition(resp.text)
    if not values:
        return jsonify(error="no metrics", head=resp.text[:500]), 502
    return jsonify(node=node, metrics=summarize(values))
