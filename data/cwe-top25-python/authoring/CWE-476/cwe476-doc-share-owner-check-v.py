# ---
# id: cwe476-doc-share-owner-check-v
# cwe: CWE-476
# vulnerable: true
# twin: cwe476-doc-share-owner-check-f
# tags: django
# explanation: A share-link view fetches the document with filter(...).first() and compares doc.owner with the current user before creating the link. For a slug that does not exist, first() returns None and doc.owner raises AttributeError, turning every mistyped or stale link into a 500 error instead of a 404.
# ---
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseForbidden, JsonResponse
from django.views.decorators.http import require_POST

from docs.models import Document, ShareLink


@require_POST
@login_required
def create_share_link(request, slug):
    doc = Document.objects.filter(slug=slug, deleted_at__isnull=True).first()
    if doc.owner_id != request.user.id:  #@vuln
        return HttpResponseForbidden()
    link = ShareLink.objects.create(document=doc, created_by=request.user, expires_in_days=7)
    return JsonResponse({"url": request.build_absolute_uri(link.get_absolute_url())})
