# ---
# id: cwe476-r2-fastapi-project-dependency-f
# cwe: CWE-476
# vulnerable: false
# twin: cwe476-r2-fastapi-project-dependency-v
# tags: fastapi, sqlalchemy
# explanation: The dependency now raises a 404 HTTPException when Session.get finds no project with that id, before owner_id is read, so unknown ids give a clean client error instead of an AttributeError.
# ---
"""Project-scoped dependencies for the task tracker API."""

from typing import Annotated, Iterator

from fastapi import Depends, FastAPI, HTTPException, Request, status
from sqlalchemy import ForeignKey, String, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

engine = create_engine("postgresql+psycopg2://tracker@db/tracker", pool_pre_ping=True)
app = FastAPI()


class Base(DeclarativeBase):
    pass


class Project(Base):
    __tablename__ = "projects"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    archived: Mapped[bool] = mapped_column(default=False)


class Membership(Base):
    __tablename__ = "memberships"
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id"), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)


def get_db() -> Iterator[Session]:
    with Session(engine) as session:
        yield session


def current_user_id(request: Request) -> int:
    user_id = getattr(request.state, "user_id", None)
    if user_id is None:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="login required")
    return user_id


def project_for_member(project_id: int, db: Annotated[Session, Depends(get_db)],
                       user_id: Annotated[int, Depends(current_user_id)]) -> Project:
    project = db.get(Project, project_id)
    if project is None:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="no such project")
    if project.owner_id == user_id:
        return project
    member = db.scalar(select(Membership).where(Membership.project_id == project_id, Membership.user_id == user_id))
    if member is None:
        raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="not a member of this project")
    return project


@app.get("/projects/{project_id}")
def read_project(project: Annotated[Project, Depends(project_for_member)]):
    return {"id": project.id, "name": project.name, "archived": project.archived}


@app.post("/projects/{project_id}/archive")
def archive_project(project: Annotated[Project, Depends(project_for_member)],
                    db: Annotated[Session, Depends(get_db)]):
    project.archived = True
    db.merge(project)
    db.commit()
    return {"id": project.id, "archived": True}
