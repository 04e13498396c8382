# ---
# id: cwe863-r3-task-scoped-b
# cwe: CWE-863
# vulnerable: false
# twin: none
# tags: sqlalchemy
# explanation: Service function that closes a task only when the task belongs to the given project and the user is a member of it, done in one query joining task, project and membership.
# ---
from sqlalchemy import select


def close_task(session, project_id: int, task_id: int, user_id: int):
    stmt = (
        select(Task)
        .join(Member, Member.project_id == Task.project_id)
        .where(Task.id == task_id, Task.project_id == project_id, Member.user_id == user_id)
    )
    task = session.execute(stmt).scalar_one_or_none()
    if task is None:
        raise LookupError(task_id)
    task.state = "closed"
    session.commit()
    return task
