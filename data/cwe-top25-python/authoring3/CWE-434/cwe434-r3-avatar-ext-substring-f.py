# ---
# id: cwe434-r3-avatar-ext-substring-f
# cwe: CWE-434
# vulnerable: false
# twin: cwe434-r3-avatar-ext-substring-v
# tags: django
# explanation: The check now compares the real final extension (os.path.splitext) against the image list, so double extensions like `.png.php` are rejected and only image files reach the served media folder.
# ---
import os
import uuid

from django.conf import settings
from django.http import HttpResponseBadRequest, JsonResponse

IMAGE_EXTS = (".png", ".jpg", ".jpeg", ".gif")


def upload_avatar(request):
    upload = request.FILES["avatar"]
    name = upload.name.lower()
    if os.path.splitext(name)[1] not in IMAGE_EXTS:
        return HttpResponseBadRequest("images only")
    stored = "%s-%s" % (uuid.uuid4().hex, os.path.basename(name))
    with open(os.path.join(settings.MEDIA_ROOT, "avatars", stored), "wb") as out:
        for chunk in upload.chunks():
            out.write(chunk)
    return JsonResponse({"avatar": settings.MEDIA_URL + "avatars/" + stored})
