# ---
# id: cwe200-r3-forgot-uniform-b
# cwe: CWE-200
# vulnerable: false
# twin: none
# tags: fastapi
# explanation: Password reset request endpoint that always answers the same message whether or not the email exists, and sends the token only by email.
# ---
from fastapi import APIRouter

router = APIRouter(prefix="/password")


@router.post("/forgot", status_code=202)
async def forgot_password(body: ForgotIn):
    user = await users.by_email(body.email)
    if user is not None and user.is_active:
        token = await reset_tokens.create(user.id, ttl=3600)
        await mailer.send_reset(user.email, token)
    return {"detail": "If the address is registered, a reset link has been sent."}
