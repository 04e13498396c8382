# ---
# id: cwe77-redis-raw-command-f
# cwe: CWE-77
# vulnerable: false
# twin: cwe77-redis-raw-command-v
# tags: fastapi, redis
# explanation: The console now only accepts a command word from a fixed set of read-only Redis commands and rejects anything else with 400; the remaining words are sent as arguments of that command. Agents can still inspect keys but cannot run CONFIG, FLUSHALL or MODULE.
# ---
import redis
from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel

from support.auth import require_agent

app = FastAPI()
store = redis.Redis(host="sessions-redis", port=6379, decode_responses=True)


class InspectRequest(BaseModel):
    command: str


READ_ONLY = {"GET", "HGETALL", "TTL", "TYPE", "EXISTS", "LRANGE", "SMEMBERS", "STRLEN"}


def run_inspect(command_text: str):
    parts = command_text.strip().split()
    if not parts or parts[0].upper() not in READ_ONLY:
        raise HTTPException(status_code=400, detail="only read-only inspection commands are allowed")
    return store.execute_command(parts[0].upper(), *parts[1:])


@app.post("/support/sessions/inspect")
def inspect_session(req: InspectRequest, agent=Depends(require_agent)):
    result = run_inspect(req.command)
    return {"agent": agent.name, "result": result}
