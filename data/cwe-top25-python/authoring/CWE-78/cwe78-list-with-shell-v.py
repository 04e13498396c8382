# ---
# id: cwe78-list-with-shell-v
# cwe: CWE-78
# vulnerable: true
# twin: none
# tags: subprocess, flask, git
# explanation: A mirror service passes subprocess.run a one-element list together with shell=True. With shell=True the first list element is the shell command string, and it is built with an f-string from the submitted repository URL, so "https://x; rm -rf ~" runs in /bin/sh.
# ---
import subprocess
import uuid

from flask import Flask, jsonify, request

app = Flask(__name__)
MIRRORS = "/srv/mirrors"


def make_mirror(url: str) -> str:
    dest = f"{MIRRORS}/{uuid.uuid4().hex}.git"
    subprocess.run([f"git clone --mirror {url} {dest}"], shell=True, check=True, timeout=600)  #@vuln
    return dest


@app.post("/mirrors")
def create_mirror():
    url = request.json["url"]
    try:
        dest = make_mirror(url)
    except subprocess.CalledProcessError:
        return jsonify(error="clone failed"), 422
    return jsonify(path=dest), 201
