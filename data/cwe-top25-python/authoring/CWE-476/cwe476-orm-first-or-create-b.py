# ---
# id: cwe476-orm-first-or-create-b
# cwe: CWE-476
# vulnerable: false
# twin: none
# tags: sqlalchemy, fastapi
# explanation: A newsletter API looks up a subscriber with scalars(...).first(), which may return None, and explicitly creates the row in that case before using its attributes, so no attribute is ever read from None.
# ---
from fastapi import Depends, FastAPI
from pydantic import BaseModel, EmailStr
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import get_session
from .models import Subscriber

app = FastAPI()


class SubscribeIn(BaseModel):
    email: EmailStr
    topics: list[str] = []


@app.post("/subscribe")
def subscribe(body: SubscribeIn, session: Session = Depends(get_session)):
    sub = session.scalars(select(Subscriber).where(Subscriber.email == body.email.lower())).first()
    if sub is None:
        sub = Subscriber(email=body.email.lower(), topics=[])
        session.add(sub)
    sub.topics = sorted(set(sub.topics) | {t for t in body.topics if t in Subscriber.TOPICS})
    session.commit()
    return {"email": sub.email, "topics": sub.topics}
