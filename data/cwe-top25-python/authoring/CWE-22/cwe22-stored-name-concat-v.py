# ---
# id: cwe22-stored-name-concat-v
# cwe: CWE-22
# vulnerable: true
# twin: none
# tags: django
# explanation: Document downloads build the file path by string concatenation from MEDIA_ROOT and the document's stored "path" field. That field is set from the client's JSON when documents are registered through the API, so a stored value like "../../../etc/shadow" is later opened and served (second-order path traversal).
# ---
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, JsonResponse
from django.views.decorators.http import require_POST

from docs.models import Document


@login_required
@require_POST
def register_document(request):
    doc = Document.objects.create(owner=request.user, title=request.POST["title"], path=request.POST["path"])
    return JsonResponse({"id": doc.pk})


@login_required
def download_document(request, pk):
    doc = Document.objects.filter(pk=pk, owner=request.user).first()
    if doc is None:
        raise Http404()
    return FileResponse(open(settings.MEDIA_ROOT + "/" + doc.path, "rb"), as_attachment=True)  #@vuln
