# ---
# id: cwe79-r2-flask-status-page-b
# cwe: CWE-79
# vulnerable: false
# twin: none
# tags: flask, jinja2
# explanation: A Flask blueprint renders a service status page with render_template_string(). The template text is a module constant, and the user-controlled 'component' filter and incident titles are passed only as context variables; Flask enables autoescaping for render_template_string, so they are HTML-escaped when printed.
# ---
import logging
from datetime import datetime, timezone

from flask import Blueprint, current_app, render_template_string, request

bp = Blueprint("status", __name__, url_prefix="/status")
log = logging.getLogger(__name__)

STATUS_TEMPLATE = """
<!doctype html>
<title>Status{% if component %} - {{ component }}{% endif %}</title>
<h1>System status</h1>
{% if component %}<p class="filter">Showing incidents for <b>{{ component }}</b></p>{% endif %}
<ul class="incidents">
{% for inc in incidents %}
  <li class="sev-{{ inc.severity }}">
    <time>{{ inc.started.strftime('%Y-%m-%d %H:%M') }}</time> {{ inc.title }}
    {% if inc.resolved %}<span class="ok">resolved</span>{% endif %}
  </li>
{% else %}
  <li>No incidents.</li>
{% endfor %}
</ul>
<p class="updated">Updated {{ updated }}</p>
"""

SEVERITY_ORDER = {"critical": 0, "major": 1, "minor": 2}


def load_incidents(component):
    store = current_app.extensions["incident_store"]
    incidents = store.recent(days=14)
    if component:
        incidents = [i for i in incidents if component in i.components]
    return sorted(incidents, key=lambda i: (SEVERITY_ORDER.get(i.severity, 9), -i.started.timestamp()))


@bp.route("/")
def status_page():
    component = request.args.get("component", "").strip()[:64]
    incidents = load_incidents(component)
    log.debug("status page: %d incidents (component=%r)", len(incidents), component)
    return render_template_string(
        STATUS_TEMPLATE,
        component=component,
        incidents=incidents,
        updated=datetime.now(timezone.utc).strftime("%H:%M UTC"),
    )
