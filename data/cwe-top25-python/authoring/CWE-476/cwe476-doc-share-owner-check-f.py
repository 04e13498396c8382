# ---
# id: cwe476-doc-share-owner-check-f
# cwe: CWE-476
# vulnerable: false
# twin: cwe476-doc-share-owner-check-v
# tags: django
# explanation: The view now loads the document with get_object_or_404, so an unknown slug returns 404 before doc.owner_id is read.
# ---
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseForbidden, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from docs.models import Document, ShareLink


@require_POST
@login_required
def create_share_link(request, slug):
    doc = get_object_or_404(Document, slug=slug, deleted_at__isnull=True)
    if doc.owner_id != request.user.id:
        return HttpResponseForbidden()
    link = ShareLink.objects.create(document=doc, created_by=request.user, expires_in_days=7)
    return JsonResponse({"url": request.build_absolute_uri(link.get_absolute_url())})
