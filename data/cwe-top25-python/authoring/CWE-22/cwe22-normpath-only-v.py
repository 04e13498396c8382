# ---
# id: cwe22-normpath-only-v
# cwe: CWE-22
# vulnerable: true
# twin: cwe22-normpath-only-f
# tags: django, os
# explanation: A Django view serves help articles and normalises the requested path with os.path.normpath, which looks protective, but normpath simply collapses "docs/../../../etc/passwd" into "/etc/passwd"-style paths outside the base. With no containment check, any readable file can be returned.
# ---
import os

from django.conf import settings
from django.http import FileResponse, Http404


def article_path(slug):
    return os.path.normpath(os.path.join(settings.HELP_ROOT, slug + ".md"))


def help_article(request, slug):
    path = article_path(slug)
    if not os.path.exists(path):
        raise Http404("no such article")
    return FileResponse(open(path, "rb"), content_type="text/markdown")  #@vuln
