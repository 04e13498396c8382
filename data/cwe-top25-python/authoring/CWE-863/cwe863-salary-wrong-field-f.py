# ---
# id: cwe863-salary-wrong-field-f
# cwe: CWE-863
# vulnerable: false
# twin: cwe863-salary-wrong-field-v
# tags: fastapi, sqlalchemy
# explanation: The pay-visibility check now allows the employee themself and the employee's recorded line manager (subject.manager_id), rather than anyone in the same department, which matches the intended rule.
# ---
from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy.orm import Session

from ..deps import current_employee, get_db
from ..models import Employee

router = APIRouter(prefix="/people")


def can_see_pay(viewer: Employee, subject: Employee) -> bool:
    if viewer.id == subject.id:
        return True
    return subject.manager_id is not None and viewer.id == subject.manager_id


@router.get("/{employee_id}/compensation")
def compensation(employee_id: int, viewer: Employee = Depends(current_employee), db: Session = Depends(get_db)):
    subject = db.get(Employee, employee_id)
    if subject is None:
        raise HTTPException(404)
    if not can_see_pay(viewer, subject):
        raise HTTPException(403, "not allowed to view compensation")
    return {"employee": subject.id, "salary": str(subject.salary), "bonus_target": str(subject.bonus_target)}
