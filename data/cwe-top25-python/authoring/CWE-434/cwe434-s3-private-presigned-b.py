# ---
# id: cwe434-s3-private-presigned-b
# cwe: CWE-434
# vulnerable: false
# twin: none
# tags: django, boto3
# explanation: Contract uploads go to a private S3 bucket under a server-generated key, with ContentType fixed by the server after an extension allow-list check; downloads use short-lived presigned URLs that force an attachment disposition. Nothing is stored in a web root or served inline from the app's origin.
# ---
import uuid

import boto3
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

s3 = boto3.client("s3")
TYPES = {".pdf": "application/pdf", ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}


@login_required
@require_POST
def upload_contract(request):
    upload = request.FILES.get("contract")
    ext = ("." + upload.name.rsplit(".", 1)[-1].lower()) if upload and "." in upload.name else ""
    if ext not in TYPES or upload.size > 20 * 1024 * 1024:
        return HttpResponseBadRequest("PDF or DOCX up to 20 MB")
    key = f"contracts/{request.user.pk}/{uuid.uuid4().hex}{ext}"
    s3.upload_fileobj(upload, settings.CONTRACTS_BUCKET, key, ExtraArgs={"ContentType": TYPES[ext]})
    url = s3.generate_presigned_url(
        "get_object",
        Params={"Bucket": settings.CONTRACTS_BUCKET, "Key": key,
                "ResponseContentDisposition": f"attachment; filename=contract{ext}"},
        ExpiresIn=300,
    )
    return JsonResponse({"key": key, "download": url})
