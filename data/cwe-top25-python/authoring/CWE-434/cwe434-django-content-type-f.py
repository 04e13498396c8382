# ---
# id: cwe434-django-content-type-f
# cwe: CWE-434
# vulnerable: false
# twin: cwe434-django-content-type-v
# tags: django
# explanation: Instead of trusting the browser's content type, the view now checks the file's first bytes for the %PDF- signature and stores it under a server-chosen name ending in .pdf, so the stored file is a PDF served with a PDF type and never as HTML or SVG.
# ---
from django.contrib.auth.decorators import login_required
from django.core.files.storage import default_storage
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

from careers.models import Application


@login_required
@require_POST
def upload_resume(request, application_id):
    application = Application.objects.get(pk=application_id, candidate=request.user)
    upload = request.FILES.get("resume")
    if upload is None or upload.read(5) != b"%PDF-":
        return HttpResponseBadRequest("please upload a PDF")
    upload.seek(0)
    if upload.size > 5 * 1024 * 1024:
        return HttpResponseBadRequest("file too large")
    path = default_storage.save(f"resumes/{application.pk}/resume.pdf", upload)
    application.resume = path
    application.save(update_fields=["resume"])
    return JsonResponse({"url": default_storage.url(path)})
