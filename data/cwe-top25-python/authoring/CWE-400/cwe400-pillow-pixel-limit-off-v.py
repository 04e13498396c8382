# ---
# id: cwe400-pillow-pixel-limit-off-v
# cwe: CWE-400
# vulnerable: true
# twin: cwe400-pillow-pixel-limit-off-f
# tags: django, pillow
# explanation: A gallery app disables Pillow's decompression-bomb protection globally with Image.MAX_IMAGE_PIXELS = None so that large scans can be uploaded. A small PNG declaring 100000 x 100000 pixels then makes thumbnail generation allocate tens of gigabytes and takes the worker down.
# ---
import io
import uuid

from django.contrib.auth.decorators import login_required
from django.core.files.base import ContentFile
from django.http import JsonResponse
from PIL import Image

from gallery.models import Photo

Image.MAX_IMAGE_PIXELS = None  #@vuln


EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}


def image_format(data: bytes):
    with Image.open(io.BytesIO(data)) as img:
        return img.format


def make_thumbnail(data: bytes, size=(480, 480)) -> bytes:
    with Image.open(io.BytesIO(data)) as img:
        img = img.convert("RGB")
        img.thumbnail(size)
        out = io.BytesIO()
        img.save(out, "JPEG", quality=82)
        return out.getvalue()


@login_required
def upload_photo(request):
    upload = request.FILES["photo"]
    if upload.size > 40 * 1024 * 1024:
        return JsonResponse({"error": "file too large"}, status=413)
    data = upload.read()
    ext = EXTENSIONS.get(image_format(data))
    if ext is None:
        return JsonResponse({"error": "unsupported image type"}, status=415)
    photo = Photo(owner=request.user, title=request.POST.get("title", "")[:120])
    photo.image.save(f"{uuid.uuid4().hex}.{ext}", ContentFile(data), save=False)
    photo.thumbnail.save("thumb.jpg", ContentFile(make_thumbnail(data)), save=False)
    photo.save()
    return JsonResponse({"id": photo.pk})
