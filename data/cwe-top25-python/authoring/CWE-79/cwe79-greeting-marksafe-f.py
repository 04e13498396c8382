# ---
# id: cwe79-greeting-marksafe-f
# cwe: CWE-79
# vulnerable: false
# twin: cwe79-greeting-marksafe-v
# tags: django
# explanation: The banner is now produced with django.utils.html.format_html, which escapes the referrer name from the query string before inserting it into the literal markup and returns a SafeString. The link parameter can only ever appear as text.
# ---
from django.shortcuts import render
from django.utils.html import format_html

from .models import Campaign


def landing(request, slug):
    campaign = Campaign.objects.get(slug=slug, active=True)
    referrer = request.GET.get("ref", "")
    banner = ""
    if referrer:
        banner = format_html(
            '<p class="banner">You were invited by <b>{}</b>!</p>', referrer
        )
    return render(
        request,
        "campaigns/landing.html",
        {"campaign": campaign, "banner": banner},
    )
