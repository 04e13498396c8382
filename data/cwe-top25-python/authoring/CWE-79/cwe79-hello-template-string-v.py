# ---
# id: cwe79-hello-template-string-v
# cwe: CWE-79
# vulnerable: true
# twin: cwe79-hello-template-string-f
# tags: flask, flask-login
# explanation: The dashboard greeting substitutes the `team` query parameter into the template source with str.replace before calling render_template_string. The value becomes part of the template's literal markup rather than an autoescaped variable, so a crafted link can add markup and script to the logged-in user's dashboard.
# ---
from flask import Flask, render_template_string, request
from flask_login import current_user, login_required

app = Flask(__name__)

DASHBOARD = """
<!doctype html>
<title>Dashboard</title>
<h1>Welcome back, {{ user.first_name }}</h1>
<p class="team">Viewing team: __TEAM__</p>
<ul>{% for p in projects %}<li>{{ p.name }}</li>{% endfor %}</ul>
"""


@app.route("/dashboard")
@login_required
def dashboard():
    team = request.args.get("team", "default")
    projects = [p for p in current_user.projects if p.team == team]
    page = DASHBOARD.replace("__TEAM__", team)  #@vuln
    return render_template_string(page, user=current_user, projects=projects)
