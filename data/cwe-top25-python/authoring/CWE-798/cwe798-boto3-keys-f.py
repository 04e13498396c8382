# ---
# id: cwe798-boto3-keys-f
# cwe: CWE-798
# vulnerable: false
# twin: cwe798-boto3-keys-v
# tags: boto3, aws
# explanation: The S3 client no longer receives key literals; boto3's default credential chain supplies them (instance profile, environment or the shared credentials file), so nothing secret is kept in the source.
# ---
import gzip
import shutil
from datetime import date
from pathlib import Path

import boto3

s3 = boto3.client(
    "s3",
    region_name="eu-central-1",
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
