# ---
# id: cwe863-r2-fastapi-security-scopes-b
# cwe: CWE-863
# vulnerable: false
# twin: none
# tags: fastapi, oauth2, pyjwt
# explanation: A FastAPI service uses SecurityScopes so each endpoint declares the exact scopes it needs. The dependency verifies the token, then requires every declared scope to be present in the token's granted set, so a token with only calendar:read cannot call the write endpoint.
# ---
import logging
import os
from dataclasses import dataclass

import jwt
from fastapi import Depends, FastAPI, HTTPException, Security, status
from fastapi.security import OAuth2PasswordBearer, SecurityScopes

log = logging.getLogger("calendar.api")
app = FastAPI(title="calendar")
oauth2 = OAuth2PasswordBearer(
    tokenUrl="/oauth/token",
    scopes={"calendar:read": "Read events", "calendar:write": "Create and change events"},
)
SIGNING_KEY = os.environ["CALENDAR_JWT_KEY"]


@dataclass
class Caller:
    subject: str
    scopes: frozenset


def caller(security_scopes: SecurityScopes, token: str = Depends(oauth2)) -> Caller:
    challenge = f'Bearer scope="{security_scopes.scope_str}"' if security_scopes.scopes else "Bearer"
    try:
        claims = jwt.decode(token, SIGNING_KEY, algorithms=["HS256"], audience="calendar")
    except jwt.PyJWTError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token", {"WWW-Authenticate": challenge})
    granted = frozenset(claims.get("scope", "").split())
    missing = [s for s in security_scopes.scopes if s not in granted]
    if missing:
        raise HTTPException(status.HTTP_403_FORBIDDEN, f"missing scopes: {' '.join(missing)}",
                            {"WWW-Authenticate": challenge})
    return Caller(subject=claims["sub"], scopes=granted)


@app.get("/events")
def list_events(who: Caller = Security(caller, scopes=["calendar:read"])):
    from .store import events_for
    return events_for(who.subject)


@app.post("/events", status_code=status.HTTP_201_CREATED)
def create_event(payload: dict, who: Caller = Security(caller, scopes=["calendar:write"])):
    from .store import add_event
    event = add_event(who.subject, title=str(payload.get("title", ""))[:200], start=payload.get("start"))
    log.info("event %s created by %s", event.id, who.subject)
    return event.as_dict()
