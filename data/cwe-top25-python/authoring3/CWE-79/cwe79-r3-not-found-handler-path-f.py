# ---
# id: cwe79-r3-not-found-handler-path-f
# cwe: CWE-79
# vulnerable: false
# twin: cwe79-r3-not-found-handler-path-v
# tags: flask, markupsafe
# explanation: Fixed twin: the path is escaped with markupsafe.escape before it is placed in the HTML body.
# ---
from flask import request, make_response
from markupsafe import escape


def not_found(error):
    body = (
        "<h1>Not Found</h1>"
        "<p>The requested URL %s was not found on this server.</p>" % escape(request.path)
    )
    resp = make_response(body, 404)
    resp.headers["Content-Type"] = "text/html; charset=utf-8"
    return resp
