# ---
# id: cwe798-boto3-keys-v
# cwe: CWE-798
# vulnerable: true
# twin: cwe798-boto3-keys-f
# tags: boto3, aws
# explanation: A log-archiving job creates its S3 client with an access key id and secret access key written as literals. Long-lived AWS keys in code are routinely harvested from repositories and give the holder the IAM user's permissions.
# ---
import gzip
import shutil
from datetime import date
from pathlib import Path

import boto3

s3 = boto3.client(
    "s3",
    region_name="eu-central-1",
    aws_access_key_id="AKIAQ3EGRT5L7NXJ2WUD",
    aws_secret_access_key="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",  #@vuln
)
BUCKET = "acme-log-archive"


def archive_logs(log_dir: Path) -> list[str]:
    uploaded = []
    for log in sorted(log_dir.glob("*.log.1")):
        gz = log.with_suffix(".gz")
        with log.open("rb") as src, gzip.open(gz, "wb") as dst:
            shutil.copyfileobj(src, dst)
        key = f"{date.today():%Y/%m/%d}/{gz.name}"
        s3.upload_file(str(gz), BUCKET, key)
        uploaded.append(key)
    return uploaded
