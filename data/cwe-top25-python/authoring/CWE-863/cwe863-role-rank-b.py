# ---
# id: cwe863-role-rank-b
# cwe: CWE-863
# vulnerable: false
# twin: none
# tags: sqlalchemy, enum
# explanation: Workspace roles are an IntEnum ranking and the member's role is parsed from the database value with a lookup that falls back to NONE for anything unexpected. The archive operation requires at least ADMIN, so unknown or removed roles are denied.
# ---
from enum import IntEnum

from sqlalchemy.orm import Session

from .models import Membership, Workspace


class Role(IntEnum):
    NONE = 0
    GUEST = 10
    MEMBER = 20
    ADMIN = 30
    OWNER = 40


def role_in(db: Session, user_id: int, workspace_id: int) -> Role:
    membership = db.query(Membership).filter_by(user_id=user_id, workspace_id=workspace_id).one_or_none()
    if membership is None:
        return Role.NONE
    return Role.__members__.get(membership.role.upper(), Role.NONE)


def archive_workspace(db: Session, user_id: int, workspace_id: int) -> None:
    if role_in(db, user_id, workspace_id) < Role.ADMIN:
        raise PermissionError("only admins and owners can archive a workspace")
    workspace = db.get(Workspace, workspace_id)
    workspace.archived = True
    db.commit()
