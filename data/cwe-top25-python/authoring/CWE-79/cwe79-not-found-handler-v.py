# ---
# id: cwe79-not-found-handler-v
# cwe: CWE-79
# vulnerable: true
# twin: none
# tags: flask
# explanation: A custom Flask 404 handler builds an HTML page that includes request.path. Werkzeug decodes percent-escapes in the path, so a link like /%3Cscript%3E...%3C/script%3E is reflected as real markup and runs script on the site.
# ---
from flask import Flask, request

app = Flask(__name__)

LAYOUT = """<!doctype html>
<html><head><title>{title}</title><link rel="stylesheet" href="/static/site.css"></head>
<body><main>{content}</main></body></html>"""


def page(title, content, status=200):
    return LAYOUT.format(title=title, content=content), status, {"Content-Type": "text/html"}


@app.errorhandler(404)
def not_found(err):
    content = (
        "<h1>Not found</h1>"
        "<p>We could not find <code>{}</code>. Check the address or go to the "
        '<a href="/">home page</a>.</p>'.format(request.path)  #@vuln
    )
    return page("Not found", content, 404)


@app.route("/")
def index():
    return page("Home", "<h1>Welcome</h1>")
