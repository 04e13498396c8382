# ---
# id: cwe863-expense-self-approve-v
# cwe: CWE-863
# vulnerable: true
# twin: cwe863-expense-self-approve-f
# tags: sqlalchemy, dataclasses
# explanation: The expense approval service checks that the approver holds the can_approve flag, but not that they are someone other than the submitter. Team leads, who all have can_approve, can submit and approve their own expense claims, defeating the four-eyes rule the check is meant to enforce.
# ---
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy.orm import Session

from .models import Employee, ExpenseClaim


class ApprovalError(Exception):
    pass


@dataclass
class ApprovalResult:
    claim_id: int
    approved_by: int
    at: datetime


def approve_claim(db: Session, approver: Employee, claim_id: int) -> ApprovalResult:
    claim = db.get(ExpenseClaim, claim_id)
    if claim is None or claim.status != "submitted":
        raise ApprovalError("claim is not awaiting approval")
    if not approver.can_approve:  #@vuln
        raise ApprovalError("not allowed to approve claims")
    claim.status = "approved"
    claim.approved_by_id = approver.id
    claim.approved_at = datetime.now(timezone.utc)
    db.commit()
    return ApprovalResult(claim.id, approver.id, claim.approved_at)
