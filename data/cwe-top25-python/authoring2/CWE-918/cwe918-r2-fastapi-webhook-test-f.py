# ---
# id: cwe918-r2-fastapi-webhook-test-f
# cwe: CWE-918
# vulnerable: false
# twin: cwe918-r2-fastapi-webhook-test-v
# tags: fastapi, httpx, pydantic
# explanation: The webhook test endpoint now parses the target URL and only posts to https URLs whose host is one of the configured partner webhook domains in WEBHOOK_HOSTS. A caller can no longer steer the request at internal services or the metadata address, because any other host is rejected before httpx is called.
# ---
import logging
import time
from datetime import datetime, timezone
from urllib.parse import urlsplit

import httpx
from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, Field

from .auth import User, current_user

router = APIRouter(prefix="/integrations", tags=["integrations"])
log = logging.getLogger(__name__)

TIMEOUT = httpx.Timeout(5.0, connect=2.0)
PREVIEW_BYTES = 2048
WEBHOOK_HOSTS = {"hooks.slack.com", "outlook.office.com", "hooks.zapier.com"}


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
    parts = urlsplit(target)
    if parts.scheme != "https" or parts.hostname not in WEBHOOK_HOSTS:
        raise HTTPException(status_code=422, detail="target_url must be an https URL of a supported provider")
    started = time.perf_counter()
    async with httpx.AsyncClient(timeout=TIMEOUT, follow_redirects=False) as client:
        try:
            resp = await client.post(target, json=sample_payload(body.event, user))
        except httpx.HTTPError as exc:
            log.info("webhook test for %s failed: %s", user.account_id, exc)
            raise HTTPException(status_code=502, detail="target did not respond")
    elapsed = int((time.perf_counter() - started) * 1000)
    return WebhookTestResult(status=resp.status_code, elapsed_ms=elapsed, body_preview=resp.text[:PREVIEW_BYTES])
