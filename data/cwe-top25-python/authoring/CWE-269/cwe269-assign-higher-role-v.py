# ---
# id: cwe269-assign-higher-role-v
# cwe: CWE-269
# vulnerable: true
# twin: cwe269-assign-higher-role-f
# tags: fastapi, sqlalchemy
# explanation: Organisation admins may change members' roles, but the endpoint accepts any valid role, including "owner", which ranks above admin. An admin can therefore promote themselves or an accomplice to owner and gain billing and deletion rights they were never given.
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
    target.role = body.role  #@vuln
    db.commit()
    return {"user_id": user_id, "role": target.role}
