# ---
# id: cwe94-render-string-greeting-f
# cwe: CWE-94
# vulnerable: false
# twin: cwe94-render-string-greeting-v
# tags: flask, jinja2
# explanation: The 404 page template is now a constant and the requested path is passed as a context variable, rendered with {{ path }}. The path is treated as data and autoescaped, never compiled as template code.
# ---
from flask import Flask, request, render_template_string

app = Flask(__name__)

PAGE = """
<!doctype html>
<title>Not found</title>
<h1>Page not found</h1>
<p>We could not find <code>{{ path }}</code>.</p>
<a href="{{ url_for('index') }}">Back to the start page</a>
"""


@app.route("/")
def index():
    return "home"


@app.errorhandler(404)
def not_found(err):
    return render_template_string(PAGE, path=request.path), 404
