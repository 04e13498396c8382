# ---
# id: cwe862-r2-fastapi-project-delete-v
# cwe: CWE-862
# vulnerable: true
# twin: cwe862-r2-fastapi-project-delete-f
# tags: fastapi, sqlalchemy
# explanation: A FastAPI router lets users archive and delete projects. The delete endpoint resolves the current user through a dependency (authentication) but then deletes whatever project id is in the path without checking that the caller owns it or is a member with rights, so any logged-in user can delete other people's projects.
# ---
from datetime import datetime, timezone
from typing import Optional

from fastapi import APIRouter, Depends, HTTPException, status
from pydantic import BaseModel
from sqlalchemy.orm import Session

from .db import get_session
from .models import Project, User
from .security import get_current_user

router = APIRouter(prefix="/projects", tags=["projects"])


class ProjectOut(BaseModel):
    id: int
    name: str
    archived_at: Optional[datetime] = None

    class Config:
        orm_mode = True


def _load_project(db: Session, project_id: int) -> Project:
    project = db.get(Project, project_id)
    if project is None or project.deleted:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "project not found")
    return project


@router.get("/", response_model=list[ProjectOut])
def list_projects(db: Session = Depends(get_session), user: User = Depends(get_current_user)):
    return db.query(Project).filter(Project.owner_id == user.id, Project.deleted.is_(False)).all()


@router.delete("/{project_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_project(
    project_id: int,
    db: Session = Depends(get_session),
    user: User = Depends(get_current_user),
) -> None:
    project = _load_project(db, project_id)  #@vuln
    project.deleted = True
    project.deleted_at = datetime.now(timezone.utc)
    project.deleted_by = user.id
    db.commit()


@router.post("/{project_id}/archive", response_model=ProjectOut)
def archive_project(
    project_id: int,
    db: Session = Depends(get_session),
    user: User = Depends(get_current_user),
):
    project = _load_project(db, project_id)
    if project.owner_id != user.id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "only the owner can archive")
    project.archived_at = datetime.now(timezone.utc)
    db.commit()
    return project
