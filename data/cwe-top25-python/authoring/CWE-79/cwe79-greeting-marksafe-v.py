# ---
# id: cwe79-greeting-marksafe-v
# cwe: CWE-79
# vulnerable: true
# twin: cwe79-greeting-marksafe-f
# tags: django
# explanation: A Django landing view takes the `ref` name from the query string and builds a banner with an f-string that it passes through mark_safe before handing it to the template. mark_safe disables Django's autoescaping, so a crafted link injects arbitrary HTML and script into the page.
# ---
from django.shortcuts import render
from django.utils.safestring import mark_safe

from .models import Campaign


def landing(request, slug):
    campaign = Campaign.objects.get(slug=slug, active=True)
    referrer = request.GET.get("ref", "")
    banner = ""
    if referrer:
        banner = mark_safe(  #@vuln
            f'<p class="banner">You were invited by <b>{referrer}</b>!</p>'  #@vuln
        )  #@vuln
    return render(
        request,
        "campaigns/landing.html",
        {"campaign": campaign, "banner": banner},
    )
