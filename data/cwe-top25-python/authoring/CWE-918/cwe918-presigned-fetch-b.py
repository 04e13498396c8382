# ---
# id: cwe918-presigned-fetch-b
# cwe: CWE-918
# vulnerable: false
# twin: none
# tags: boto3, requests, celery
# explanation: A transcoding task downloads the source video with requests.get, but the URL is a presigned S3 URL the task generates itself with boto3 from a bucket name in settings and an object key; users supply neither the host nor the URL.
# ---
import tempfile

import boto3
import requests
from celery import shared_task
from django.conf import settings

s3 = boto3.client("s3")


def presigned_source(key: str) -> str:
    return s3.generate_presigned_url(
        "get_object", Params={"Bucket": settings.UPLOAD_BUCKET, "Key": key}, ExpiresIn=600
    )


@shared_task
def transcode(upload_key: str) -> str:
    url = presigned_source(upload_key)
    with requests.get(url, stream=True, timeout=30) as resp, tempfile.NamedTemporaryFile(suffix=".mp4") as tmp:
        resp.raise_for_status()
        for chunk in resp.iter_content(chunk_size=1 << 20):
            tmp.write(chunk)
        tmp.flush()
        out_key = upload_key.rsplit(".", 1)[0] + "-720p.mp4"
        s3.upload_file(tmp.name, settings.OUTPUT_BUCKET, out_key)
    return out_key
