# ---
# id: cwe434-django-default-storage-public-v
# cwe: CWE-434
# vulnerable: true
# twin: none
# tags: django
# explanation: A Django CMS lets authors attach files to pages; the view saves the upload with default_storage under "public/" and links it from the page. MEDIA_URL is served by the same domain, and no file type restriction exists, so an author account can publish HTML or SVG files with script that run in visitors' and editors' browsers on the CMS origin.
# ---
from django.contrib.auth.decorators import permission_required
from django.core.files.storage import default_storage
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.utils.text import get_valid_filename
from django.views.decorators.http import require_POST

from cms.models import Page, PageAttachment


@require_POST
@permission_required("cms.change_page", raise_exception=True)
def attach_file(request, page_id):
    page = get_object_or_404(Page, pk=page_id)
    upload = request.FILES["file"]
    stored = default_storage.save(  #@vuln
        f"public/pages/{page.pk}/{get_valid_filename(upload.name)}", upload  #@vuln
    )  #@vuln
    attachment = PageAttachment.objects.create(page=page, path=stored, size=upload.size, uploaded_by=request.user)
    return JsonResponse({"id": attachment.pk, "url": default_storage.url(stored)})
