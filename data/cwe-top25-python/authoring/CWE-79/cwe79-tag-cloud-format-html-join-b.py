# ---
# id: cwe79-tag-cloud-format-html-join-b
# cwe: CWE-79
# vulnerable: false
# twin: none
# tags: django
# explanation: A Django inclusion helper builds a tag cloud from user-created tags using format_html_join, which escapes every value in the argument tuples. Tag names, slugs and counts are therefore inserted as text into the literal link markup.
# ---
from django import template
from django.db.models import Count
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from recipes.models import Tag

register = template.Library()


@register.simple_tag
def tag_cloud(limit=30):
    tags = (
        Tag.objects.annotate(n=Count("recipes"))
        .filter(n__gt=0)
        .order_by("-n")[:limit]
    )
    if not tags:
        return format_html('<p class="muted">{}</p>', "No tags yet")
    links = format_html_join(
        "\n",
        '<a class="tag" href="{}" title="{} recipes">{}</a>',
        ((reverse("recipes:by-tag", args=[t.slug]), t.n, t.name) for t in tags),
    )
    return format_html('<div class="cloud">{}</div>', links)
