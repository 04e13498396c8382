# ---
# id: cwe77-git-log-rev-v
# cwe: CWE-77
# vulnerable: true
# twin: cwe77-git-log-rev-f
# tags: flask, subprocess, git
# explanation: A repository browser shows history for a revision from the URL by running git log with an argument list. A revision such as "--output=/srv/app/templates/index.html" is parsed by git as an option and overwrites a file the server later renders; no shell is needed for this argument injection.
# ---
import subprocess

from flask import Flask, abort, jsonify

app = Flask(__name__)
REPOS = {"website": "/srv/git/website.git", "api": "/srv/git/api.git"}


def history(repo_path, rev, limit=30):
    out = subprocess.run(
        ["git", "--git-dir", repo_path, "log", "--format=%H%x09%an%x09%s", f"-n{limit}", rev],  #@vuln
        capture_output=True,
        text=True,
        timeout=20,
    )
    if out.returncode != 0:
        abort(404)
    return [dict(zip(("sha", "author", "subject"), line.split("\t", 2))) for line in out.stdout.splitlines()]


@app.get("/repos/<name>/log/<path:rev>")
def log(name, rev):
    if name not in REPOS:
        abort(404)
    return jsonify(history(REPOS[name], rev))
