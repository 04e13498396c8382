# ---
# id: cwe863-r3-tenant-prefix-v
# cwe: CWE-863
# vulnerable: true
# twin: cwe863-r3-tenant-prefix-f
# tags: boto3
# explanation: Storage helper that lets a tenant read objects whose key starts with the tenant's name. The prefix test has no separator, so tenant "acme" can also read every key of tenant "acme-labs" or "acmecorp".
# ---
import boto3

_s3 = boto3.client("s3")


def read_tenant_object(tenant: str, key: str) -> bytes:
    if not key.startswith(tenant):  #@vuln
        raise PermissionError(key)
    obj = _s3.get_object(Bucket="tenant-data", Key=key)
    return obj["Body"].read()
