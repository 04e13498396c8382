# ---
# id: cwe77-r2-git-wiki-commit-b
# cwe: CWE-77
# vulnerable: false
# twin: none
# tags: flask, git, subprocess
# explanation: A git-backed wiki commits each page edit by running git through argument lists. The edit summary is fed on stdin with '-F -', the author is passed as one '--author=Name <email>' argument (a single option with its value attached, built from the logged-in account), and the page path comes from a slug pattern and follows '--', so no user text can become a git option or command.
# ---
import logging
import re
import subprocess
from pathlib import Path

from flask import Blueprint, abort, current_app, g, redirect, request, url_for

bp = Blueprint("wiki", __name__)
log = logging.getLogger(__name__)

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*(?:/[a-z0-9]+(?:-[a-z0-9]+)*){0,3}$")


def repo_dir() -> Path:
    return Path(current_app.config["WIKI_REPO"])


def git(*args: str, stdin: str = None) -> str:
    proc = subprocess.run(["git", *args], cwd=repo_dir(), input=stdin, text=True, capture_output=True, timeout=30)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.strip())
    return proc.stdout


@bp.route("/wiki/<path:slug>/edit", methods=["POST"])
def save_page(slug: str):
    if not SLUG_RE.fullmatch(slug):
        abort(404)
    text = request.form.get("content", "")
    summary = request.form.get("summary", "").strip() or f"Update {slug}"
    rel = f"pages/{slug}.md"
    target = repo_dir() / rel
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text.replace("\r\n", "\n"), encoding="utf-8")
    author = f"--author={g.user.display_name} <{g.user.email}>"
    git("add", "--", rel)
    try:
        git("commit", "-q", "-F", "-", author, "--", rel, stdin=summary)
    except RuntimeError as exc:
        if "nothing to commit" not in str(exc):
            raise
    log.info("%s edited %s", g.user.email, slug)
    return redirect(url_for("wiki.show_page", slug=slug))


@bp.route("/wiki/<path:slug>")
def show_page(slug: str):
    target = repo_dir() / f"pages/{slug}.md"
    if not SLUG_RE.fullmatch(slug) or not target.is_file():
        abort(404)
    return {"slug": slug, "markdown": target.read_text(encoding="utf-8")}


@bp.route("/wiki/<path:slug>/history")
def page_history(slug: str):
    if not SLUG_RE.fullmatch(slug):
        abort(404)
    out = git("log", "--format=%h%x09%an%x09%ad%x09%s", "--date=short", "-n", "50", "--", f"pages/{slug}.md")
    entries = [dict(zip(("rev", "author", "date", "summary"), line.split("\t", 3))) for line in out.splitlines()]
    return {"slug": slug, "history": entries}
