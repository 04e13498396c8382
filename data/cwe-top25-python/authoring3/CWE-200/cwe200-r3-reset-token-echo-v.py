# ---
# id: cwe200-r3-reset-token-echo-v
# cwe: CWE-200
# vulnerable: true
# twin: none
# tags: fastapi
# explanation: Password reset request endpoint. It creates a reset token for the given email and returns the token in the JSON response, so anyone who knows a victim's email gets a working reset token without access to the mailbox.
# ---
from fastapi import HTTPException


@router.post("/password/forgot")
async def forgot_password(body: ForgotIn):
    user = await users.by_email(body.email)
    if user is None:
        raise HTTPException(404, "no such user")
    token = await reset_tokens.create(user.id, ttl=3600)
    await mailer.send_reset(user.email, token)
    return {"sent": True, "token": token}  #@vuln
