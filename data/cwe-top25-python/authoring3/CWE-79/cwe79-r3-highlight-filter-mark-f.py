# ---
# id: cwe79-r3-highlight-filter-mark-f
# cwe: CWE-79
# vulnerable: false
# twin: cwe79-r3-highlight-filter-mark-v
# tags: django
# explanation: Fixed twin: text and term are HTML-escaped with django.utils.html.escape before the <mark> tags are added, so only the tags the filter itself writes are markup when the result is marked safe.
# ---
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django import template

register = template.Library()


@register.filter
def highlight(text, term):
    """Wrap occurrences of *term* in <mark> tags."""
    if not term:
        return text
    text, term = escape(text), escape(term)
    return mark_safe(text.replace(term, "<mark>%s</mark>" % term))
