# ---
# id: cwe862-fastapi-delete-doc-v
# cwe: CWE-862
# vulnerable: true
# twin: cwe862-fastapi-delete-doc-f
# tags: fastapi, sqlalchemy
# explanation: The FastAPI endpoint requires a valid user through the get_current_user dependency, but it deletes whatever document id is in the path without checking who owns it. Any account holder can delete other users' documents.
# ---
from fastapi import APIRouter, Depends, HTTPException, status
from sqlalchemy.orm import Session

from ..auth import get_current_user
from ..db import get_session
from ..models import Document, User
from ..storage import remove_blob

router = APIRouter(prefix="/documents", tags=["documents"])


@router.delete("/{doc_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_document(
    doc_id: int,
    session: Session = Depends(get_session),
    user: User = Depends(get_current_user),
):
    doc = session.get(Document, doc_id)
    if doc is None:
        raise HTTPException(status_code=404, detail="document not found")
    remove_blob(doc.blob_key)  #@vuln
    session.delete(doc)
    session.commit()
