# ---
# id: cwe79-django-autoescape-off-f
# cwe: CWE-79
# vulnerable: false
# twin: cwe79-django-autoescape-off-v
# tags: django
# explanation: The inline Django Template no longer switches autoescaping off, so the seller-edited shop name and tagline are HTML-escaped by Django's default escaping when the header is rendered.
# ---
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.template import Context, Template

from market.models import Shop

HEADER = Template(
    "<header class='shop'><h1>{{ shop.name }}</h1><p class='tagline'>{{ shop.tagline }}</p></header>"
)


def shop_header(request, slug):
    shop = get_object_or_404(Shop, slug=slug, is_open=True)
    html = HEADER.render(Context({"shop": shop}))
    response = HttpResponse(html)
    response["Cache-Control"] = "public, max-age=300"
    return response
