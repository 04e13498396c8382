# ---
# id: cwe434-r3-avatar-ext-substring-v
# cwe: CWE-434
# vulnerable: true
# twin: cwe434-r3-avatar-ext-substring-f
# tags: django
# explanation: The avatar view tries to restrict uploads to images but only checks that an image extension appears somewhere in the name, so `shell.png.php` or `x.jpg.html` passes and is stored under MEDIA_ROOT, which the front-end server serves (and may execute).
# ---
import os
import uuid

from django.conf import settings
from django.http import HttpResponseBadRequest, JsonResponse

IMAGE_EXTS = (".png", ".jpg", ".jpeg", ".gif")


def upload_avatar(request):
    upload = request.FILES["avatar"]
    name = upload.name.lower()
    if not any(ext in name for ext in IMAGE_EXTS):  #@vuln
        return HttpResponseBadRequest("images only")
    stored = "%s-%s" % (uuid.uuid4().hex, os.path.basename(name))
    with open(os.path.join(settings.MEDIA_ROOT, "avatars", stored), "wb") as out:
        for chunk in upload.chunks():
            out.write(chunk)
    return JsonResponse({"avatar": settings.MEDIA_URL + "avatars/" + stored})
