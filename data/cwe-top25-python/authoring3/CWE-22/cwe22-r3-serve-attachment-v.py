# ---
# id: cwe22-r3-serve-attachment-v
# cwe: CWE-22
# vulnerable: true
# twin: cwe22-r3-serve-attachment-f
# tags: django
# explanation: A Django view that returns a file from the attachments folder; `name` is captured from the URL (a path converter), so the client controls it. os.path.join with '../' segments or an absolute path lets the client download any file readable by the server, such as settings or /etc/passwd.
# ---
import os

from django.conf import settings
from django.http import FileResponse, Http404


def serve_attachment(request, name):
    path = os.path.join(settings.MEDIA_ROOT, "attachments", name)  #@vuln
    if not os.path.isfile(path):
        raise Http404("no such attachment")
    return FileResponse(open(path, "rb"), as_attachment=True)
