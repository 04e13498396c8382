# ---
# id: cwe863-task-wrong-project-f
# cwe: CWE-863
# vulnerable: false
# twin: cwe863-task-wrong-project-v
# tags: fastapi, sqlalchemy
# explanation: The task is now loaded with both its id and the project id that the membership check was made for, so the check and the object refer to the same project; a task from another project returns 404.
# ---
from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy.orm import Session

from ..deps import current_user, get_db
from ..models import Membership, Task

router = APIRouter()


class TaskPatch(BaseModel):
    title: str | None = None
    done: bool | None = None


def ensure_member(db: Session, user_id: int, project_id: int) -> None:
    if not db.query(Membership).filter_by(user_id=user_id, project_id=project_id).first():
        raise HTTPException(status_code=403, detail="not a member of this project")


@router.patch("/projects/{project_id}/tasks/{task_id}")
def update_task(project_id: int, task_id: int, patch: TaskPatch, user=Depends(current_user), db: Session = Depends(get_db)):
    ensure_member(db, user.id, project_id)
    task = db.query(Task).filter_by(id=task_id, project_id=project_id).first()
    if task is None:
        raise HTTPException(status_code=404)
    for field, value in patch.model_dump(exclude_unset=True).items():
        setattr(task, field, value)
    db.commit()
    return {"id": task.id, "title": task.title, "done": task.done}
