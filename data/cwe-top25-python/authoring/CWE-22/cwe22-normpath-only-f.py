# ---
# id: cwe22-normpath-only-f
# cwe: CWE-22
# vulnerable: false
# twin: cwe22-normpath-only-v
# tags: django, os
# explanation: After normalising, the view now checks that the real path starts with the real help root followed by a path separator and returns 404 otherwise. Slugs with ".." that leave HELP_ROOT, or symlinks out of it, are refused.
# ---
import os

from django.conf import settings
from django.http import FileResponse, Http404


def article_path(slug):
    root = os.path.realpath(settings.HELP_ROOT)
    path = os.path.realpath(os.path.join(root, slug + ".md"))
    if not path.startswith(root + os.sep):
        raise Http404("no such article")
    return path


def help_article(request, slug):
    path = article_path(slug)
    if not os.path.exists(path):
        raise Http404("no such article")
    return FileResponse(open(path, "rb"), content_type="text/markdown")
