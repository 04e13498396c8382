# ---
# id: cwe862-workspace-member-lookup-b
# cwe: CWE-862
# vulnerable: false
# twin: none
# tags: django
# explanation: The document view fetches by primary key, which looks like the classic missing check, but the lookup also requires workspace__memberships__user=request.user, so Django only finds documents in workspaces the user belongs to and returns 404 for the rest.
# ---
from django.contrib.auth.decorators import login_required
from django.http import FileResponse
from django.shortcuts import get_object_or_404

from workspaces.models import Document


@login_required
def download_document(request, pk):
    document = get_object_or_404(
        Document.objects.select_related("workspace"),
        pk=pk,
        workspace__memberships__user=request.user,
        deleted_at__isnull=True,
    )
    document.access_log.create(user=request.user, action="download")
    return FileResponse(
        document.file.open("rb"),
        as_attachment=True,
        filename=document.original_name,
    )
