# ---
# id: cwe306-r2-fastapi-router-deps-b
# cwe: CWE-306
# vulnerable: false
# twin: none
# tags: fastapi, sqlalchemy
# explanation: An admin API for a feature-flag service. The individual endpoints take no user parameter, which can look unprotected, but the router is declared with dependencies=[Depends(require_admin)], so FastAPI runs the admin check (a verified session user with the admin role) before every route on it, including the delete.
# ---
import logging
from typing import Optional

from fastapi import APIRouter, Depends, HTTPException, Request, status
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from .db import get_db
from .models import Flag
from .sessions import load_session_user

log = logging.getLogger("flags.admin")


def require_admin(request: Request):
    user = load_session_user(request)
    if user is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "login required")
    if "admin" not in user.roles:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "admin role required")
    request.state.user = user
    return user


admin = APIRouter(prefix="/admin/flags", tags=["admin"], dependencies=[Depends(require_admin)])


class FlagIn(BaseModel):
    key: str = Field(pattern=r"^[a-z][a-z0-9_.-]{2,63}$")
    enabled: bool = False
    rollout_percent: int = Field(0, ge=0, le=100)
    description: Optional[str] = None


@admin.get("/")
def list_flags(db: Session = Depends(get_db)):
    return [f.as_dict() for f in db.query(Flag).order_by(Flag.key)]


@admin.put("/{key}")
def upsert_flag(key: str, body: FlagIn, request: Request, db: Session = Depends(get_db)):
    if key != body.key:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "key in path and body differ")
    flag = db.get(Flag, key) or Flag(key=key)
    flag.enabled = body.enabled
    flag.rollout_percent = body.rollout_percent
    flag.description = body.description
    db.add(flag)
    db.commit()
    log.info("flag %s changed by %s", key, request.state.user.id)
    return flag.as_dict()


@admin.delete("/{key}", status_code=status.HTTP_204_NO_CONTENT)
def delete_flag(key: str, db: Session = Depends(get_db)):
    flag = db.get(Flag, key)
    if flag is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "unknown flag")
    db.delete(flag)
    db.commit()
