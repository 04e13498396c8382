# ---
# id: cwe863-r3-tenant-prefix-f
# cwe: CWE-863
# vulnerable: false
# twin: cwe863-r3-tenant-prefix-v
# tags: boto3
# explanation: The prefix now includes the trailing slash of the tenant folder, so only keys inside the tenant's own folder pass.
# ---
import boto3

_s3 = boto3.client("s3")


def read_tenant_object(tenant: str, key: str) -> bytes:
    if not key.startswith(tenant + "/"):
        raise PermissionError(key)
    obj = _s3.get_object(Bucket="tenant-data", Key=key)
    return obj["Body"].read()
