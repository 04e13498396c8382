# ---
# id: cwe798-r3-s3-uploader-v
# cwe: CWE-798
# vulnerable: true
# twin: cwe798-r3-s3-uploader-f
# tags: boto3
# explanation: Uploads nightly exports to S3. The AWS access key id and secret key are written into the client constructor, exposing a long-lived cloud credential to anyone who can read the repository.
# ---
import boto3


def upload_export(path, key):
    s3 = boto3.client(
        "s3",
        region_name="eu-west-1",
        aws_access_key_id="AKIAZ3Q7EXPORTJOB01",
        aws_secret_access_key="wJ1rXq9+Lk2v8T0bPz7nYc4Hs6Dm5Ue3Af2Gi1Rk",  #@vuln
    )
    with open(path, "rb") as fh:
        s3.upload_fileobj(fh, "acme-nightly-exports", key)
    return "s3://acme-nightly-exports/" + key
