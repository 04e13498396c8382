# ---
# id: cwe79-linebreaks-escape-b
# cwe: CWE-79
# vulnerable: false
# twin: none
# tags: django
# explanation: A Django template filter marks its output with mark_safe, but it first runs the user's review text through django.utils.html.escape and only then inserts <br> tags and paragraph wrappers, so the only markup in the result is what the filter itself adds.
# ---
from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe

register = template.Library()


@register.filter(name="review_paragraphs")
def review_paragraphs(text):
    if not text:
        return ""
    paragraphs = [p.strip() for p in str(text).replace("\r\n", "\n").split("\n\n") if p.strip()]
    rendered = []
    for para in paragraphs[:20]:
        lines = escape(para).split("\n")
        rendered.append("<p>" + "<br>".join(lines) + "</p>")
    return mark_safe("\n".join(rendered))
