# ---
# id: cwe22-r3-resolve-export-path-b
# cwe: CWE-22
# vulnerable: false
# twin: none
# tags: pathlib
# explanation: Resolves a user-supplied relative path inside that user's export folder. Both paths are fully resolved (symlinks and '..' collapsed) and the result must have the base among its parents, so nothing outside the user's folder can be reached.
# ---
from pathlib import Path

EXPORT_ROOT = Path("/srv/exports").resolve()


def resolve_export(user_id: int, relpath: str) -> Path:
    base = (EXPORT_ROOT / str(int(user_id))).resolve()
    candidate = (base / relpath).resolve()
    if base not in candidate.parents:
        raise PermissionError(relpath)
    return candidate
