# ---
# id: cwe863-expense-self-approve-f
# cwe: CWE-863
# vulnerable: false
# twin: cwe863-expense-self-approve-v
# tags: sqlalchemy, dataclasses
# explanation: Approval now requires both the can_approve flag and that the approver is not the claim's submitter, so the four-eyes rule holds and a team lead's own claims need another approver.
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
    if not approver.can_approve or claim.submitter_id == approver.id:
        raise ApprovalError("not allowed to approve this claim")
    claim.status = "approved"
    claim.approved_by_id = approver.id
    claim.approved_at = datetime.now(timezone.utc)
    db.commit()
    return ApprovalResult(claim.id, approver.id, claim.approved_at)
