# ---
# id: cwe798-r2-fastapi-apikey-hash-b
# cwe: CWE-798
# vulnerable: false
# twin: none
# tags: fastapi, hashlib, secrets
# explanation: A FastAPI dependency checks machine-to-machine API keys. Keys are issued per client with secrets.token_urlsafe, only their SHA-256 digests are stored in the database, and the incoming key is hashed and looked up; the string literals in the module are a header name and a key tag, not credentials, so nothing usable as a secret appears in the code.
# ---
import hashlib
import logging
import secrets
from datetime import datetime, timezone

from fastapi import Depends, HTTPException, Security, status
from fastapi.security import APIKeyHeader
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import get_db
from .models import ApiClient

log = logging.getLogger("api.keys")
KEY_HEADER = APIKeyHeader(name="X-Api-Key", auto_error=False)
KEY_TAG = "sk_live_"


def digest(raw_key: str) -> str:
    return hashlib.sha256(raw_key.encode("utf-8")).hexdigest()


def issue_key(db: Session, client_name: str) -> str:
    raw = KEY_TAG + secrets.token_urlsafe(32)
    db.add(ApiClient(name=client_name, key_digest=digest(raw), created_at=datetime.now(timezone.utc)))
    db.commit()
    log.info("issued key for %s", client_name)
    return raw


def api_client(raw_key: str = Security(KEY_HEADER), db: Session = Depends(get_db)) -> ApiClient:
    if not raw_key or not raw_key.startswith(KEY_TAG):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing or malformed API key")
    client = db.execute(
        select(ApiClient).where(ApiClient.key_digest == digest(raw_key), ApiClient.revoked.is_(False))
    ).scalar_one_or_none()
    if client is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown API key")
    client.last_used_at = datetime.now(timezone.utc)
    db.commit()
    return client


def revoke_key(db: Session, client_id: int) -> bool:
    client = db.get(ApiClient, client_id)
    if client is None:
        return False
    client.revoked = True
    db.commit()
    log.info("revoked key of %s", client.name)
    return True
