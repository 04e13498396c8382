# ---
# id: cwe269-r3-signup-role-v
# cwe: CWE-269
# vulnerable: true
# twin: none
# tags: fastapi
# explanation: Sign-up endpoint that copies the optional `role` field of the request body into the new account. A client can register directly as "admin".
# ---
from fastapi import HTTPException


@router.post("/signup", status_code=201)
async def signup(body: dict):
    if await users.exists(body["email"]):
        raise HTTPException(409)
    user = await users.create(
        email=body["email"],
        password_hash=hasher.hash(body["password"]),
        role=body.get("role", "member"),  #@vuln
    )
    return {"id": user.id, "role": user.role}
