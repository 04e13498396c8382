# ---
# id: cwe863-r3-role-set-b
# cwe: CWE-863
# vulnerable: false
# twin: none
# tags: fastapi
# explanation: FastAPI dependency that requires one of a set of roles: the user's roles (a list) are intersected with a frozenset of allowed names, so only exact role names match.
# ---
from fastapi import Depends, HTTPException, status


def require_roles(*allowed: str):
    allowed_set = frozenset(allowed)

    def checker(user=Depends(get_current_user)):
        if not allowed_set.intersection(user.roles):
            raise HTTPException(status_code=status.HTTP_403_FORBIDDEN)
        return user
    return checker


@router.post("/reports/rebuild")
def rebuild(user=Depends(require_roles("admin", "analyst"))):
    return enqueue_rebuild(requested_by=user.id)
