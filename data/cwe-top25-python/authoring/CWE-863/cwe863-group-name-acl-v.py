# ---
# id: cwe863-group-name-acl-v
# cwe: CWE-863
# vulnerable: true
# twin: none
# tags: sqlalchemy
# explanation: The document service grants read access when any of the user's group names appears in the document's ACL. Users can create their own groups with any name, so a user who creates a group called "finance" satisfies the check for finance-only documents; the check should compare immutable group ids of groups managed by administrators.
# ---
from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Document, Group, GroupMember


def group_names_of(db: Session, user_id: int) -> set[str]:
    rows = db.execute(
        select(Group.name).join(GroupMember, GroupMember.group_id == Group.id).where(GroupMember.user_id == user_id)
    )
    return {name for (name,) in rows}


def can_read(db: Session, user_id: int, doc: Document) -> bool:
    if doc.owner_id == user_id:
        return True
    allowed = set(doc.acl_groups or [])
    return bool(allowed & group_names_of(db, user_id))  #@vuln


def open_document(db: Session, user_id: int, doc_id: int) -> bytes:
    doc = db.get(Document, doc_id)
    if doc is None or not can_read(db, user_id, doc):
        raise PermissionError(f"user {user_id} cannot read document {doc_id}")
    return doc.content
