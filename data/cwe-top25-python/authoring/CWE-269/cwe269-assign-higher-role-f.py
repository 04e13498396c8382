# ---
# id: cwe269-assign-higher-role-f
# cwe: CWE-269
# vulnerable: false
# twin: cwe269-assign-higher-role-v
# tags: fastapi, sqlalchemy
# explanation: The role change now refuses to grant a role ranked above the actor's own role and refuses to modify members who already outrank the actor, so admins can manage viewers and members but cannot create owners or demote them.
# ---
from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy.orm import Session

from ..deps import current_membership, get_db
from ..models import Membership

router = APIRouter()
RANK = {"viewer": 1, "member": 2, "admin": 3, "owner": 4}


class RoleChange(BaseModel):
    role: str


@router.put("/orgs/{org_id}/members/{user_id}/role")
def change_role(org_id: int, user_id: int, body: RoleChange,
                actor: Membership = Depends(current_membership), db: Session = Depends(get_db)):
    if actor.org_id != org_id or RANK[actor.role] < RANK["admin"]:
        raise HTTPException(403, "admins only")
    if body.role not in RANK:
        raise HTTPException(422, "unknown role")
    target = db.query(Membership).filter_by(org_id=org_id, user_id=user_id).one_or_none()
    if target is None:
        raise HTTPException(404)
    if RANK[body.role] > RANK[actor.role] or RANK[target.role] > RANK[actor.role]:
        raise HTTPException(403, "cannot grant or change a role above your own")
    target.role = body.role
    db.commit()
    return {"user_id": user_id, "role": target.role}
