# ---
# id: cwe306-r2-fastapi-set-password-v
# cwe: CWE-306
# vulnerable: true
# twin: none
# tags: fastapi, passlib, sqlalchemy
# explanation: A FastAPI user-management router. Reading the profile requires the current-user dependency, but the endpoint that sets a new password for any user id takes neither the current user nor an admin token nor the old password, so an unauthenticated caller can change the password of any account and take it over.
# ---
import logging
import re
from typing import Optional

from fastapi import APIRouter, Depends, HTTPException, status
from passlib.context import CryptContext
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from .deps import get_current_user, get_db
from .models import User

router = APIRouter(prefix="/users", tags=["users"])
log = logging.getLogger(__name__)
pwd = CryptContext(schemes=["bcrypt"], deprecated="auto")


class ProfileOut(BaseModel):
    id: int
    email: str
    display_name: Optional[str]

    class Config:
        orm_mode = True


class NewPassword(BaseModel):
    password: str = Field(min_length=12, max_length=128)


def strong_enough(password: str) -> bool:
    classes = [r"[a-z]", r"[A-Z]", r"\d", r"[^\w\s]"]
    return sum(bool(re.search(c, password)) for c in classes) >= 3


@router.get("/me", response_model=ProfileOut)
def read_me(user: User = Depends(get_current_user)):
    return user


@router.put("/{user_id}/password", status_code=status.HTTP_204_NO_CONTENT)
def set_password(user_id: int, body: NewPassword, db: Session = Depends(get_db)):  #@vuln
    if not strong_enough(body.password):
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, "password is too weak")
    user = db.get(User, user_id)
    if user is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such user")
    user.password_hash = pwd.hash(body.password)
    user.sessions_valid_after = user.now()
    db.commit()
    log.info("password changed for user %s", user_id)
