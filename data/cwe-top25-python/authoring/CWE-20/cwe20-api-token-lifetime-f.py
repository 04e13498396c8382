# ---
# id: cwe20-api-token-lifetime-f
# cwe: CWE-20
# vulnerable: false
# twin: cwe20-api-token-lifetime-v
# tags: fastapi, pydantic, secrets
# explanation: The lifetime is now declared as Field(default=30, ge=1, le=365), so pydantic rejects negative, zero and over-long lifetimes and every token expires within a year as the policy requires.
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
    days: int = Field(default=30, ge=1, le=365)


@router.post("/me/tokens", status_code=201)
async def create_token(req: TokenRequest, user=Depends(current_user)):
    raw = "pat_" + secrets.token_urlsafe(32)
    expires = datetime.now(timezone.utc) + timedelta(days=req.days)
    await tokens.insert(
        user_id=user.id, name=req.name, digest=hashlib.sha256(raw.encode()).hexdigest(), expires_at=expires
    )
    return {"token": raw, "expires_at": expires.isoformat()}
