# ---
# id: cwe20-api-token-lifetime-v
# cwe: CWE-20
# vulnerable: true
# twin: cwe20-api-token-lifetime-f
# tags: fastapi, pydantic, secrets
# explanation: Users create personal API tokens with a lifetime in days taken from the request body, declared as a plain int. Nothing bounds it, so a user can mint a token valid for a million days, defeating the organisation's rule that tokens expire within a year (and a negative value creates an already-expired token the UI shows as valid).
# ---
import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field

from .auth import current_user
from .db import tokens

router = APIRouter()


class TokenRequest(BaseModel):
    name: str = Field(min_length=1, max_length=60)
    days: int = 30  #@vuln


@router.post("/me/tokens", status_code=201)
async def create_token(req: TokenRequest, user=Depends(current_user)):
    raw = "pat_" + secrets.token_urlsafe(32)
    expires = datetime.now(timezone.utc) + timedelta(days=req.days)
    await tokens.insert(
        user_id=user.id, name=req.name, digest=hashlib.sha256(raw.encode()).hexdigest(), expires_at=expires
    )
    return {"token": raw, "expires_at": expires.isoformat()}
