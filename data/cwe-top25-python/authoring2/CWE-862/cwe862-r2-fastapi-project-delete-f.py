# ---
# id: cwe862-r2-fastapi-project-delete-f
# cwe: CWE-862
# vulnerable: false
# twin: cwe862-r2-fastapi-project-delete-v
# tags: fastapi, sqlalchemy
# explanation: A FastAPI router lets users archive and delete projects. The delete endpoint now compares the project's owner_id with the authenticated user from the dependency and answers 403 otherwise, the same rule the archive endpoint applies, so a user can only delete their own projects.
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
    project = _load_project(db, project_id)
    if project.owner_id != user.id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "only the owner can delete")
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
