# ---
# id: cwe200-version-headers-v
# cwe: CWE-200
# vulnerable: true
# twin: none
# tags: flask, sqlalchemy
# explanation: An after_request hook adds debugging headers to every response: the internal hostname, the database URL from the engine (including its user and host) and the exact framework versions. Any client can read internal topology and connection details from the headers.
# ---
import socket
import sys

import flask
import sqlalchemy
from flask import Flask

from app.db import engine

app = Flask(__name__)
HOSTNAME = socket.gethostname()


@app.after_request
def add_debug_headers(response):
    response.headers["X-Served-By"] = HOSTNAME
    response.headers["X-Database"] = engine.url.render_as_string(hide_password=False)  #@vuln
    response.headers["X-Stack"] = f"python/{sys.version.split()[0]} flask/{flask.__version__} sqlalchemy/{sqlalchemy.__version__}"
    return response
