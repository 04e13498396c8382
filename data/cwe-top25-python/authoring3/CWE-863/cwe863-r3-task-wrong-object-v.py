# ---
# id: cwe863-r3-task-wrong-object-v
# cwe: CWE-863
# vulnerable: true
# twin: none
# tags: fastapi, sqlalchemy
# explanation: Endpoint closing a task. It verifies the caller is a member of the project in the URL, then loads the task by its own id without checking that the task belongs to that project, so a member of any project can close tasks of every other project.
# ---
from fastapi import Depends, HTTPException


@router.post("/projects/{project_id}/tasks/{task_id}/close")
def close_task(project_id: int, task_id: int, user=Depends(current_user), db=Depends(get_db)):
    if not db.query(Member).filter_by(project_id=project_id, user_id=user.id).count():
        raise HTTPException(403)
    task = db.get(Task, task_id)  #@vuln
    if task is None:
        raise HTTPException(404)
    task.state = "closed"
    task.closed_by = user.id
    db.commit()
    return {"id": task.id, "state": task.state}
