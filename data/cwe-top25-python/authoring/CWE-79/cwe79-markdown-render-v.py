# ---
# id: cwe79-markdown-render-v
# cwe: CWE-79
# vulnerable: true
# twin: cwe79-markdown-render-f
# tags: flask, markdown, markupsafe
# explanation: Wiki pages written by users are converted with markdown.markdown and wrapped in Markup for the template. Python-Markdown passes raw HTML in the source straight through, so a page author can embed <script> or event-handler attributes that run for every reader.
# ---
import markdown
from flask import Blueprint, abort, render_template
from markupsafe import Markup

from .models import WikiPage

wiki = Blueprint("wiki", __name__, url_prefix="/wiki")

EXTENSIONS = ["fenced_code", "tables", "toc"]


def render_body(source: str) -> Markup:
    html = markdown.markdown(source, extensions=EXTENSIONS, output_format="html")
    return Markup(html)  #@vuln


@wiki.route("/<slug>")
def view(slug):
    page = WikiPage.query.filter_by(slug=slug).first()
    if page is None:
        abort(404)
    return render_template(
        "wiki/page.html",
        title=page.title,
        body=render_body(page.source),
        updated=page.updated_at,
    )
