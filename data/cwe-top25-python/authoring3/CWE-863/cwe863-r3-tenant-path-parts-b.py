# ---
# id: cwe863-r3-tenant-path-parts-b
# cwe: CWE-863
# vulnerable: false
# twin: none
# tags: pathlib
# explanation: Checks that a storage key lies inside the tenant's folder by comparing path components, not string prefixes, and rejects dot segments.
# ---
from pathlib import PurePosixPath


def tenant_may_read(tenant: str, key: str) -> bool:
    parts = PurePosixPath(key).parts
    if not parts or parts[0] != tenant:
        return False
    return all(p not in ("", ".", "..") for p in parts)
