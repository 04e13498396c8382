# ---
# id: cwe22-r3-serve-attachment-f
# cwe: CWE-22
# vulnerable: false
# twin: cwe22-r3-serve-attachment-v
# tags: django
# explanation: Fixed twin: the requested path is resolved with realpath and must stay under the resolved attachments directory (commonpath check), otherwise the view answers 404.
# ---
import os

from django.conf import settings
from django.http import FileResponse, Http404


def serve_attachment(request, name):
    base = os.path.realpath(os.path.join(settings.MEDIA_ROOT, "attachments"))
    path = os.path.realpath(os.path.join(base, name))
    if os.path.commonpath([base, path]) != base or not os.path.isfile(path):
        raise Http404("no such attachment")
    return FileResponse(open(path, "rb"), as_attachment=True)
