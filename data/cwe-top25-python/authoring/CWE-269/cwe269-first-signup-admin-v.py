# ---
# id: cwe269-first-signup-admin-v
# cwe: CWE-269
# vulnerable: true
# twin: none
# tags: fastapi, sqlalchemy
# explanation: The self-hosted app makes an account an administrator when no administrator exists yet at sign-up time. The check runs on every public sign-up, so if the admin account is ever deleted or renamed, or two sign-ups race on a fresh install, an arbitrary visitor registers and becomes administrator.
# ---
from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, EmailStr
from sqlalchemy.orm import Session

from ..db import get_db
from ..models import User
from ..passwords import hash_password

router = APIRouter()


class Signup(BaseModel):
    email: EmailStr
    password: str


@router.post("/signup", status_code=201)
def signup(body: Signup, db: Session = Depends(get_db)):
    if db.query(User).filter_by(email=body.email.lower()).first():
        raise HTTPException(409, "e-mail already registered")
    has_admin = db.query(User).filter_by(is_admin=True).count() > 0
    user = User(email=body.email.lower(), password_hash=hash_password(body.password),
                is_admin=not has_admin)  #@vuln
    db.add(user)
    db.commit()
    return {"id": user.id, "admin": user.is_admin}
