# ---
# id: cwe79-r3-bleach-bio-markdown-b
# cwe: CWE-79
# vulnerable: false
# twin: none
# tags: bleach, markdown
# explanation: Converts a user's markdown bio to HTML and cleans it with bleach using a small allow-list of tags, attributes and URL protocols, so script tags, event handlers and javascript: links are removed before the HTML is shown.
# ---
import bleach

ALLOWED_TAGS = ["p", "br", "strong", "em", "ul", "ol", "li", "a", "code", "pre"]
ALLOWED_ATTRS = {"a": ["href", "title"]}


def render_bio(raw_markdown, md):
    html_out = md.convert(raw_markdown)
    return bleach.clean(html_out, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRS,
                        protocols=["http", "https", "mailto"], strip=True)
