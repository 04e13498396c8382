# ---
# id: cwe77-git-grep-pager-f
# cwe: CWE-77
# vulnerable: false
# twin: cwe77-git-grep-pager-v
# tags: flask, subprocess, git
# explanation: The search text is now passed as the value of -e, so git always reads it as the pattern, and the branch follows --end-of-options, so it can only be a revision. Neither request value can be parsed as an option such as --open-files-in-pager.
# ---
import subprocess

from flask import Flask, jsonify, request, abort

app = Flask(__name__)
REPO = "/srv/git/platform"


def search(query: str, branch: str) -> list[dict]:
    proc = subprocess.run(
        ["git", "grep", "-n", "-I", "--max-count=20", "-e", query, "--end-of-options", branch],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=30,
    )
    hits = []
    for line in proc.stdout.splitlines()[:200]:
        ref_path, lineno, text = line.split(":", 2)[-3:]
        hits.append({"path": ref_path, "line": int(lineno), "text": text.strip()})
    return hits


@app.get("/search")
def code_search():
    query = request.args.get("q", "")
    if not query:
        abort(400)
    return jsonify(search(query, request.args.get("branch", "main")))
