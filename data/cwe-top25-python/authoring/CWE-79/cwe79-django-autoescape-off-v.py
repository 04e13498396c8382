# ---
# id: cwe79-django-autoescape-off-v
# cwe: CWE-79
# vulnerable: true
# twin: cwe79-django-autoescape-off-f
# tags: django
# explanation: A Django view renders seller storefront headers from an inline Template whose body is wrapped in {% autoescape off %}. The tagline and shop name are edited by sellers, so any HTML they save is output unescaped on the public storefront page.
# ---
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.template import Context, Template

from market.models import Shop

HEADER = Template(
    "{% autoescape off %}"  #@vuln
    "<header class='shop'><h1>{{ shop.name }}</h1><p class='tagline'>{{ shop.tagline }}</p></header>"
    "{% endautoescape %}"
)


def shop_header(request, slug):
    shop = get_object_or_404(Shop, slug=slug, is_open=True)
    html = HEADER.render(Context({"shop": shop}))
    response = HttpResponse(html)
    response["Cache-Control"] = "public, max-age=300"
    return response
