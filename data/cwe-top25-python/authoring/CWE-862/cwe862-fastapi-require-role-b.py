# ---
# id: cwe862-fastapi-require-role-b
# cwe: CWE-862
# vulnerable: false
# twin: none
# tags: fastapi
# explanation: The FastAPI admin router declares a require_role("admin") dependency at router level, which loads the authenticated user and raises 403 unless the server-side role is admin, so every endpoint on it, including feature-flag changes, is limited to administrators.
# ---
from typing import Callable

from fastapi import APIRouter, Depends, HTTPException, status
from pydantic import BaseModel

from ..auth import get_current_user
from ..flags import set_flag


def require_role(role: str) -> Callable:
    async def checker(user=Depends(get_current_user)):
        if role not in user.roles:
            raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="forbidden")
        return user

    return checker


admin = APIRouter(prefix="/admin", dependencies=[Depends(require_role("admin"))])


class FlagUpdate(BaseModel):
    enabled: bool
    rollout_percent: int = 100


@admin.put("/flags/{name}")
async def update_flag(name: str, body: FlagUpdate):
    await set_flag(name, enabled=body.enabled, rollout=max(0, min(100, body.rollout_percent)))
    return {"name": name, "enabled": body.enabled}
