# ---
# id: cwe79-r3-not-found-handler-path-v
# cwe: CWE-79
# vulnerable: true
# twin: cwe79-r3-not-found-handler-path-f
# tags: flask
# explanation: A Flask 404 handler echoes the requested path in an HTML page. The path is attacker-chosen (a link like /<script>alert(1)</script>, percent-decoded by the server) and is formatted into HTML without escaping, giving reflected script execution.
# ---
from flask import request, make_response


def not_found(error):
    body = (
        "<h1>Not Found</h1>"
        "<p>The requested URL %s was not found on this server.</p>" % request.path  #@vuln
    )
    resp = make_response(body, 404)
    resp.headers["Content-Type"] = "text/html; charset=utf-8"
    return resp
