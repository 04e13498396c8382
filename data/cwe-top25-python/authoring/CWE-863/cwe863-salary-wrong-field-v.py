# ---
# id: cwe863-salary-wrong-field-v
# cwe: CWE-863
# vulnerable: true
# twin: cwe863-salary-wrong-field-f
# tags: fastapi, sqlalchemy
# explanation: Salary details should be visible to the employee and their line manager. The check compares the viewer's department with the employee's department instead of checking the manager relation, so every colleague in the same department can read everyone's salary.
# ---
from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy.orm import Session

from ..deps import current_employee, get_db
from ..models import Employee

router = APIRouter(prefix="/people")


def can_see_pay(viewer: Employee, subject: Employee) -> bool:
    if viewer.id == subject.id:
        return True
    return viewer.department_id == subject.department_id  #@vuln


@router.get("/{employee_id}/compensation")
def compensation(employee_id: int, viewer: Employee = Depends(current_employee), db: Session = Depends(get_db)):
    subject = db.get(Employee, employee_id)
    if subject is None:
        raise HTTPException(404)
    if not can_see_pay(viewer, subject):
        raise HTTPException(403, "not allowed to view compensation")
    return {"employee": subject.id, "salary": str(subject.salary), "bonus_target": str(subject.bonus_target)}
