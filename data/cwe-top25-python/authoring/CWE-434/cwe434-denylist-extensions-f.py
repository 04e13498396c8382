# ---
# id: cwe434-denylist-extensions-f
# cwe: CWE-434
# vulnerable: false
# twin: cwe434-denylist-extensions-v
# tags: django
# explanation: The share view now uses an allow-list of inert document and image extensions, so any other type, including all PHP variants, HTML and SVG, is refused before anything is written to the served folder.
# ---
import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.utils.text import get_valid_filename
from django.views.decorators.http import require_POST

ALLOWED = {".pdf", ".docx", ".xlsx", ".pptx", ".png", ".jpg", ".txt", ".csv"}
SHARE_ROOT = os.path.join(settings.BASE_DIR, "public_share")


@login_required
@require_POST
def share_file(request):
    upload = request.FILES.get("file")
    if upload is None:
        return HttpResponseBadRequest("no file")
    name = get_valid_filename(os.path.basename(upload.name))
    if os.path.splitext(name)[1].lower() not in ALLOWED:
        return HttpResponseBadRequest("file type not allowed")
    target = os.path.join(SHARE_ROOT, str(request.user.pk), name)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "wb") as out:
        for chunk in upload.chunks():
            out.write(chunk)
    return JsonResponse({"url": f"/share/{request.user.pk}/{name}"})
