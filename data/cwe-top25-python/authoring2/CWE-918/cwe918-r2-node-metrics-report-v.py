# ---
# id: cwe918-r2-node-metrics-report-v
# cwe: CWE-918
# vulnerable: true
# twin: cwe918-r2-node-metrics-report-f
# tags: flask, requests, blueprint
# explanation: A Flask reporting blueprint scrapes a node exporter and summarizes its metrics; the host name is taken from the "node" query parameter and placed straight into the URL. A user can pass any host (for example "10.0.0.5:6379/#" or "169.254.169.254/latest/meta-data#") and have the server fetch it, then read the first lines of the body in the report.
# ---
import logging
from collections import defaultdict

import requests
from flask import Blueprint, jsonify, request
from flask_login import login_required

reports = Blueprint("reports", __name__)
log = logging.getLogger(__name__)

EXPORTER_PORT = 9100
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
    url = f"http://{node}:{EXPORTER_PORT}/metrics"
    try:
        resp = requests.get(url, timeout=3)  #@vuln
    except requests.RequestException as exc:
        log.warning("scrape of %s failed: %s", node, exc)
        return jsonify(error="exporter unreachable"), 502
    values = parse_exposition(resp.text)
    if not values:
        return jsonify(error="no metrics", head=resp.text[:500]), 502
    return jsonify(node=node, metrics=summarize(values))
