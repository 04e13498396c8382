# ---
# id: cwe20-r2-pydantic-signup-model-b
# cwe: CWE-20
# vulnerable: false
# twin: none
# tags: fastapi, pydantic
# explanation: A FastAPI signup endpoint for a clinic declares every field with constraints: EmailStr, a length- and pattern-limited name, a birth date checked by a validator to be in the past and at most 120 years ago, a phone pattern and an enumerated plan. FastAPI rejects anything else with 422 before the handler runs, so only well-formed, plausible values are stored.
# ---
import logging
from datetime import date
from enum import Enum
from typing import Optional

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, EmailStr, Field, field_validator

from .repo import PatientRepo, get_repo

log = logging.getLogger(__name__)
router = APIRouter(prefix="/patients")


class Plan(str, Enum):
    basic = "basic"
    family = "family"
    senior = "senior"


class SignupIn(BaseModel):
    email: EmailStr
    full_name: str = Field(..., min_length=2, max_length=120, pattern=r"^[^\x00-\x1f<>]+$")
    birth_date: date
    phone: Optional[str] = Field(None, pattern=r"^\+?[0-9 ()-]{7,20}$")
    plan: Plan = Plan.basic
    newsletter: bool = False

    @field_validator("birth_date")
    @classmethod
    def plausible_birth_date(cls, value: date) -> date:
        today = date.today()
        if value >= today:
            raise ValueError("birth date must be in the past")
        if today.year - value.year > 120:
            raise ValueError("birth date is too far in the past")
        return value


class SignupOut(BaseModel):
    id: int
    plan: Plan


@router.post("/signup", response_model=SignupOut, status_code=201)
def signup(body: SignupIn, repo: PatientRepo = Depends(get_repo)) -> SignupOut:
    if repo.email_exists(body.email):
        raise HTTPException(status_code=409, detail="an account with this e-mail exists")
    if body.plan is Plan.senior and date.today().year - body.birth_date.year < 65:
        raise HTTPException(status_code=422, detail="the senior plan starts at 65")
    patient_id = repo.create(**body.model_dump())
    log.info("patient %s signed up on plan %s", patient_id, body.plan.value)
    return SignupOut(id=patient_id, plan=body.plan)
