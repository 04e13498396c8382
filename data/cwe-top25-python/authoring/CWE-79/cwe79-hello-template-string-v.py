# ---
# id: cwe79-hello-template-string-v
# cwe: CWE-79
# vulnerable: true
# twin: cwe79-hello-template-string-f
# tags: flask, flask-login, markupsafe
# explanation: The dashboard passes the `team` query parameter to render_template_string wrapped in Markup, so that team names with ampersands display nicely. Markup tells Jinja2 the value is already HTML, so autoescaping skips it and a crafted link adds markup and script to the logged-in user's dashboard.
# ---
from flask import Flask, render_template_string, request
from flask_login import current_user, login_required
from markupsafe import Markup

app = Flask(__name__)

DASHBOARD = """
<!doctype html>
<title>Dashboard</title>
<h1>Welcome back, {{ user.first_name }}</h1>
<p class="team">Viewing team: {{ team }}</p>
<ul>{% for p in projects %}<li>{{ p.name }}</li>{% endfor %}</ul>
"""


@app.route("/dashboard")
@login_required
def dashboard():
    team = request.args.get("team", "default")
    projects = [p for p in current_user.projects if p.team == team]
    return render_template_string(
        DASHBOARD, user=current_user, projects=projects, team=Markup(team)  #@vuln
    )
