# ---
# id: cwe77-git-log-rev-f
# cwe: CWE-77
# vulnerable: false
# twin: cwe77-git-log-rev-v
# tags: flask, subprocess, git
# explanation: The revision is now preceded by git's --end-of-options marker and followed by "--", so git parses it only as a revision name; a value like "--output=..." is rejected as an unknown revision instead of being treated as an option.
# ---
import subprocess

from flask import Flask, abort, jsonify

app = Flask(__name__)
REPOS = {"website": "/srv/git/website.git", "api": "/srv/git/api.git"}


def history(repo_path, rev, limit=30):
    out = subprocess.run(
        ["git", "--git-dir", repo_path, "log", "--format=%H%x09%an%x09%s", f"-n{limit}", "--end-of-options", rev, "--"],
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
