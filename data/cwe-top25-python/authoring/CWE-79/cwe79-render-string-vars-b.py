# ---
# id: cwe79-render-string-vars-b
# cwe: CWE-79
# vulnerable: false
# twin: none
# tags: flask
# explanation: A Flask status widget uses render_template_string, but the template source is a module constant and the user-controlled `service` parameter and error text are passed as template variables, which Flask autoescapes. The only {{ ...|safe }} output is a constant spinner snippet.
# ---
from flask import Flask, render_template_string, request

from .health import probe

app = Flask(__name__)
SERVICES = ("api", "worker", "scheduler", "search")

SPINNER = '<span class="spinner" aria-hidden="true"></span>'

WIDGET = """
<div class="status status-{{ state }}">
  {% if state == 'checking' %}{{ spinner|safe }}{% endif %}
  <strong>{{ service }}</strong>: {{ state }}
  {% if error %}<pre>{{ error }}</pre>{% endif %}
</div>
"""


@app.get("/widgets/status")
def status_widget():
    service = request.args.get("service", "api")
    if service not in SERVICES:
        return render_template_string(WIDGET, service=service, state="unknown", error=None, spinner=SPINNER)
    result = probe(service, timeout=2.0)
    return render_template_string(
        WIDGET, service=service, state=result.state, error=result.error, spinner=SPINNER
    )
