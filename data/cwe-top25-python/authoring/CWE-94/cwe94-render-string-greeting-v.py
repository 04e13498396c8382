# ---
# id: cwe94-render-string-greeting-v
# cwe: CWE-94
# vulnerable: true
# twin: cwe94-render-string-greeting-f
# tags: flask, jinja2
# explanation: An error page builds its template source with an f-string that includes the requested path and passes it to render_template_string. The path becomes template code, so visiting "/{{config.__class__.__init__.__globals__['os'].popen('id').read()}}" executes it.
# ---
from flask import Flask, request, render_template_string

app = Flask(__name__)

PAGE = """
<!doctype html>
<title>Not found</title>
<h1>Page not found</h1>
<p>We could not find <code>{path}</code>.</p>
<a href="{{{{ url_for('index') }}}}">Back to the start page</a>
"""


@app.route("/")
def index():
    return "home"


@app.errorhandler(404)
def not_found(err):
    source = PAGE.format(path=request.path)
    return render_template_string(source), 404  #@vuln
