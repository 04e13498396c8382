# ---
# id: cwe434-django-content-type-v
# cwe: CWE-434
# vulnerable: true
# twin: cwe434-django-content-type-f
# tags: django
# explanation: The Django view accepts a résumé upload if the browser-reported content_type is application/pdf, then stores it under MEDIA_ROOT with the original file name; media is served from the same origin. The content type is set by the client, so an .html or .svg file labelled as PDF is stored and served as an active page.
# ---
from django.contrib.auth.decorators import login_required
from django.core.files.storage import default_storage
from django.http import HttpResponseBadRequest, JsonResponse
from django.utils.text import get_valid_filename
from django.views.decorators.http import require_POST

from careers.models import Application


@login_required
@require_POST
def upload_resume(request, application_id):
    application = Application.objects.get(pk=application_id, candidate=request.user)
    upload = request.FILES.get("resume")
    if upload is None or upload.content_type != "application/pdf":  #@vuln
        return HttpResponseBadRequest("please upload a PDF")
    if upload.size > 5 * 1024 * 1024:
        return HttpResponseBadRequest("file too large")
    path = default_storage.save(f"resumes/{application.pk}/{get_valid_filename(upload.name)}", upload)
    application.resume = path
    application.save(update_fields=["resume"])
    return JsonResponse({"url": default_storage.url(path)})
