# ---
# id: cwe79-hello-template-string-f
# cwe: CWE-79
# vulnerable: false
# twin: cwe79-hello-template-string-v
# tags: flask, flask-login
# explanation: The team name is now passed to render_template_string as a plain string, so Flask's autoescaping of {{ team }} renders it as text and no markup from the query string reaches the page.
# ---
from flask import Flask, render_template_string, request
from flask_login import current_user, login_required

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
        DASHBOARD, user=current_user, projects=projects, team=team
    )
