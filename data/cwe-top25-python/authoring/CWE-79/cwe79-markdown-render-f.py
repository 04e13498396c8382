# ---
# id: cwe79-markdown-render-f
# cwe: CWE-79
# vulnerable: false
# twin: cwe79-markdown-render-v
# tags: flask, markdown, markupsafe, nh3
# explanation: The Markdown output is now cleaned with nh3 (an HTML sanitiser) using an allow-list of formatting tags and attributes before being wrapped in Markup, so raw <script> elements and event-handler attributes that authors put in wiki pages are stripped.
# ---
import markdown
import nh3
from flask import Blueprint, abort, render_template
from markupsafe import Markup

from .models import WikiPage

wiki = Blueprint("wiki", __name__, url_prefix="/wiki")

EXTENSIONS = ["fenced_code", "tables", "toc"]
TAGS = {"p", "h1", "h2", "h3", "h4", "ul", "ol", "li", "a", "code", "pre", "em", "strong", "table",
        "thead", "tbody", "tr", "th", "td", "blockquote", "hr", "br"}


def render_body(source: str) -> Markup:
    html = markdown.markdown(source, extensions=EXTENSIONS, output_format="html")
    return Markup(nh3.clean(html, tags=TAGS, attributes={"a": {"href", "title"}}))


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
