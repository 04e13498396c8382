# ---
# id: cwe434-denylist-extensions-v
# cwe: CWE-434
# vulnerable: true
# twin: cwe434-denylist-extensions-f
# tags: django
# explanation: A Django intranet lets staff share files into a folder that the nginx front end serves and executes PHP from (a legacy wiki shares the tree). The view only rejects a short deny-list of extensions, so .phtml, .php5, .phar, .html and .svg files are still accepted and become executable or active content.
# ---
import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.utils.text import get_valid_filename
from django.views.decorators.http import require_POST

BLOCKED = {".php", ".exe", ".sh", ".js"}
SHARE_ROOT = os.path.join(settings.BASE_DIR, "public_share")


@login_required
@require_POST
def share_file(request):
    upload = request.FILES.get("file")
    if upload is None:
        return HttpResponseBadRequest("no file")
    name = get_valid_filename(os.path.basename(upload.name))
    if os.path.splitext(name)[1].lower() in BLOCKED:  #@vuln
        return HttpResponseBadRequest("file type not allowed")
    target = os.path.join(SHARE_ROOT, str(request.user.pk), name)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "wb") as out:
        for chunk in upload.chunks():
            out.write(chunk)
    return JsonResponse({"url": f"/share/{request.user.pk}/{name}"})
