# ---
# id: cwe862-fastapi-delete-doc-f
# cwe: CWE-862
# vulnerable: false
# twin: cwe862-fastapi-delete-doc-v
# tags: fastapi, sqlalchemy
# explanation: Before deleting, the endpoint now checks that the document's owner_id equals the authenticated user's id and answers 404 otherwise, so users can only delete their own documents.
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
    if doc is None or doc.owner_id != user.id:
        raise HTTPException(status_code=404, detail="document not found")
    remove_blob(doc.blob_key)
    session.delete(doc)
    session.commit()
