# ---
# id: cwe22-default-storage-b
# cwe: CWE-22
# vulnerable: false
# twin: none
# tags: django
# explanation: A Django view reads a template snippet chosen by name through default_storage.open. The file system storage joins names with safe_join and raises SuspiciousFileOperation for paths outside MEDIA_ROOT, which the view turns into a 404, so ".." names cannot reach other files.
# ---
from django.contrib.auth.decorators import login_required
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import default_storage
from django.http import Http404, JsonResponse


@login_required
def snippet(request, name):
    path = f"snippets/{name}.txt"
    try:
        with default_storage.open(path) as fh:
            text = fh.read().decode("utf-8")
    except (FileNotFoundError, SuspiciousFileOperation):
        raise Http404("snippet not found")
    return JsonResponse({"name": name, "text": text})
