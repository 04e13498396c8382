# ---
# id: cwe79-tag-list-format-html-v
# cwe: CWE-79
# vulnerable: true
# twin: cwe79-tag-list-format-html-f
# tags: django
# explanation: A Django template tag renders the labels users attached to an issue. It calls str.format on the markup first and only then passes the finished string to format_html, so format_html has no arguments to escape and the user-chosen label names are emitted as raw HTML on every issue page.
# ---
from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()


def label_chip(label):
    colour = label.colour if label.colour.startswith("#") else "#888888"
    return format_html(  #@vuln
        '<span class="chip" style="background:{}">{}</span>'.format(colour, label.name)  #@vuln
    )  #@vuln


@register.simple_tag
def issue_labels(issue):
    chips = [label_chip(label) for label in issue.labels.order_by("name")]
    if not chips:
        return mark_safe('<span class="chip chip-empty">no labels</span>')
    return mark_safe("".join(chips))
