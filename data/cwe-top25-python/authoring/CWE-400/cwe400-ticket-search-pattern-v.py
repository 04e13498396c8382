# ---
# id: cwe400-ticket-search-pattern-v
# cwe: CWE-400
# vulnerable: true
# twin: cwe400-ticket-search-pattern-f
# tags: fastapi, re
# explanation: The helpdesk search lets agents filter ticket subjects with a regular expression typed into the search box and compiles it with re.compile. A pattern like (a+)+$ run against thousands of subjects backtracks exponentially, blocking the event loop and pinning the CPU for every user of the service.
# ---
import re
from typing import List

from fastapi import Depends, FastAPI, HTTPException, Query

from .auth import current_agent
from .repo import recent_tickets

app = FastAPI()


def matching(tickets: List[dict], pattern: str) -> List[dict]:
    try:
        rx = re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise HTTPException(status_code=400, detail=f"bad pattern: {exc}")
    return [t for t in tickets if rx.search(t["subject"])]  #@vuln


@app.get("/tickets/search")
async def search(q: str = Query(..., max_length=200), limit: int = Query(50, le=200), agent=Depends(current_agent)):
    tickets = await recent_tickets(agent.team_id, days=90)
    hits = matching(tickets, q)
    return {"count": len(hits), "items": hits[:limit]}
