# ---
# id: cwe79-r3-highlight-filter-mark-v
# cwe: CWE-79
# vulnerable: true
# twin: cwe79-r3-highlight-filter-mark-f
# tags: django
# explanation: A Django template filter highlights the search term in result titles; the term comes from the ?q= parameter and the text from user-written content. Both are returned through mark_safe without escaping, so autoescaping is switched off and '<img src=x onerror=...>' in either one runs script in the results page.
# ---
from django.utils.safestring import mark_safe
from django import template

register = template.Library()


@register.filter
def highlight(text, term):
    """Wrap occurrences of *term* in <mark> tags."""
    if not term:
        return text
    return mark_safe(text.replace(term, "<mark>%s</mark>" % term))  #@vuln
