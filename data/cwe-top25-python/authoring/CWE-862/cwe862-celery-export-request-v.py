# ---
# id: cwe862-celery-export-request-v
# cwe: CWE-862
# vulnerable: true
# twin: none
# tags: fastapi, celery
# explanation: The GDPR export endpoint authenticates the caller but takes the account to export from the request body and queues a Celery task that e-mails the archive to the caller. Nothing checks that the account belongs to the caller, so any user can obtain a full data export of any other account.
# ---
from fastapi import APIRouter, Depends
from pydantic import BaseModel

from ..auth import current_user
from ..tasks import build_export

router = APIRouter(prefix="/privacy")


class ExportRequest(BaseModel):
    account_id: int
    include_attachments: bool = False


@router.post("/exports", status_code=202)
def request_export(body: ExportRequest, user=Depends(current_user)):
    task = build_export.delay(  #@vuln
        account_id=body.account_id,  #@vuln
        deliver_to=user.email,
        attachments=body.include_attachments,
    )
    return {"task": task.id, "status": "queued"}
