# ---
# id: cwe77-git-grep-pager-v
# cwe: CWE-77
# vulnerable: true
# twin: cwe77-git-grep-pager-f
# tags: flask, subprocess, git
# explanation: A code-search page runs git grep with the search text and the branch as separate list arguments. A search text beginning with "-" becomes a git option: "--open-files-in-pager=sh -c 'id > /tmp/x'" makes git run that program (the branch name is then taken as the pattern), so the query executes commands without any shell.
# ---
import subprocess

from flask import Flask, jsonify, request, abort

app = Flask(__name__)
REPO = "/srv/git/platform"


def search(query: str, branch: str) -> list[dict]:
    proc = subprocess.run(
        ["git", "grep", "-n", "-I", "--max-count=20", query, branch],  #@vuln
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
