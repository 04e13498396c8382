# ---
# id: cwe863-role-level-default-v
# cwe: CWE-863
# vulnerable: true
# twin: cwe863-role-level-default-f
# tags: fastapi
# explanation: Role checks compare numeric levels, but a role missing from ROLE_LEVELS gets level 100. Accounts with roles such as "suspended" or "pending" (set by the system when an account is frozen or awaiting approval) are not in the table, so they are treated as more privileged than owners and can delete repositories.
# ---
from fastapi import Depends, FastAPI, HTTPException

from .auth import current_member
from .repos import delete_repository

app = FastAPI()

ROLE_LEVELS = {"viewer": 10, "developer": 20, "maintainer": 30, "owner": 40}


def level_of(role: str) -> int:
    return ROLE_LEVELS.get(role, 100)  #@vuln


def require_level(minimum: str):
    def dependency(member=Depends(current_member)):
        if level_of(member.role) < ROLE_LEVELS[minimum]:
            raise HTTPException(status_code=403, detail=f"{minimum} role required")
        return member

    return dependency


@app.delete("/orgs/{org}/repos/{repo}")
async def remove_repo(org: str, repo: str, member=Depends(require_level("owner"))):
    if member.org != org:
        raise HTTPException(status_code=404)
    await delete_repository(org, repo, actor=member.user_id)
    return {"deleted": f"{org}/{repo}"}
