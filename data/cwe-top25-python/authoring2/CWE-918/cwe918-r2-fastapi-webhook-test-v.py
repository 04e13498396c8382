# ---
# id: cwe918-r2-fastapi-webhook-test-v
# cwe: CWE-918
# vulnerable: true
# twin: cwe918-r2-fastapi-webhook-test-f
# tags: fastapi, httpx, pydantic
# explanation: The "send test event" endpoint of an integrations API posts a sample payload to a target URL taken straight from the request body with httpx. Any authenticated user can point it at internal services or the cloud metadata address (http://169.254.169.254/...) and read the status and body echoed back, so the server makes requests on the caller's behalf to hosts it should never reach.
# ---
import logging
import time
from datetime import datetime, timezone

import httpx
from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, Field

from .auth import User, current_user

router = APIRouter(prefix="/integrations", tags=["integrations"])
log = logging.getLogger(__name__)

TIMEOUT = httpx.Timeout(5.0, connect=2.0)
PREVIEW_BYTES = 2048


class WebhookTest(BaseModel):
    target_url: str = Field(..., max_length=2000)
    event: str = Field("ping", pattern=r"^[a-z_.]{1,40}$")


class WebhookTestResult(BaseModel):
    status: int
    elapsed_ms: int
    body_preview: str


def sample_payload(event: str, user: User) -> dict:
    return {
        "event": event,
        "sent_at": datetime.now(timezone.utc).isoformat(),
        "account": user.account_id,
        "data": {"example": True},
    }


@router.post("/webhooks/test", response_model=WebhookTestResult)
async def test_webhook(body: WebhookTest, user: User = Depends(current_user)) -> WebhookTestResult:
    target = body.target_url.strip()
    if not target.startswith(("http://", "https://")):
        raise HTTPException(status_code=422, detail="target_url must be an http(s) URL")
    started = time.perf_counter()
    async with httpx.AsyncClient(timeout=TIMEOUT, follow_redirects=False) as client:
        try:
            resp = await client.post(target, json=sample_payload(body.event, user))  #@vuln
        except httpx.HTTPError as exc:
            log.info("webhook test for %s failed: %s", user.account_id, exc)
            raise HTTPException(status_code=502, detail="target did not respond")
    elapsed = int((time.perf_counter() - started) * 1000)
    return WebhookTestResult(status=resp.status_code, elapsed_ms=elapsed, body_preview=resp.text[:PREVIEW_BYTES])
