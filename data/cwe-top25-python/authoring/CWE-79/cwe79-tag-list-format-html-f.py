# ---
# id: cwe79-tag-list-format-html-f
# cwe: CWE-79
# vulnerable: false
# twin: cwe79-tag-list-format-html-v
# tags: django
# explanation: The label chip now passes the colour and the label name to format_html as arguments, so Django escapes both before interpolation. The joined chips are SafeStrings produced by format_html and the empty-state markup is a constant, so mark_safe only ever sees escaped or literal HTML.
# ---
from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()


def label_chip(label):
    colour = label.colour if label.colour.startswith("#") else "#888888"
    return format_html(
        '<span class="chip" style="background:{}">{}</span>', colour, label.name
    )


@register.simple_tag
def issue_labels(issue):
    chips = [label_chip(label) for label in issue.labels.order_by("name")]
    if not chips:
        return mark_safe('<span class="chip chip-empty">no labels</span>')
    return mark_safe("".join(chips))
