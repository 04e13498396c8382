# ---
# id: cwe269-r3-signup-fixed-role-b
# cwe: CWE-269
# vulnerable: false
# twin: none
# tags: fastapi, pydantic
# explanation: Sign-up endpoint with a pydantic model that has no role field; new accounts always get the "member" role and role changes go through an admin-only endpoint.
# ---
from fastapi import HTTPException
from pydantic import BaseModel, EmailStr


class SignupIn(BaseModel):
    email: EmailStr
    password: str


@router.post("/signup", status_code=201)
async def signup(body: SignupIn):
    if await users.exists(body.email):
        raise HTTPException(409)
    user = await users.create(email=body.email, password_hash=hasher.hash(body.password), role="member")
    return {"id": user.id, "role": user.role}
