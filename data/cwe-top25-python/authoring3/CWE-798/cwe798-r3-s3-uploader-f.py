# ---
# id: cwe798-r3-s3-uploader-f
# cwe: CWE-798
# vulnerable: false
# twin: cwe798-r3-s3-uploader-v
# tags: boto3
# explanation: The client is created without explicit keys, so boto3 uses its default credential chain (instance role, environment, shared config) and no secret lives in the code.
# ---
import boto3


def upload_export(path, key):
    s3 = boto3.client(
        "s3",
        region_name="eu-west-1",
    )
    with open(path, "rb") as fh:
        s3.upload_fileobj(fh, "acme-nightly-exports", key)
    return "s3://acme-nightly-exports/" + key
