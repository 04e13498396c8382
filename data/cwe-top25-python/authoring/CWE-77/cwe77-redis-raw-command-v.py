# ---
# id: cwe77-redis-raw-command-v
# cwe: CWE-77
# vulnerable: true
# twin: cwe77-redis-raw-command-f
# tags: fastapi, redis
# explanation: A support console lets agents "inspect" a customer's cached session by typing a Redis command that is split on spaces and sent with execute_command. The first word picks the Redis command, so agents (or anyone with the console) can run CONFIG SET, FLUSHALL or MODULE LOAD instead of a read.
# ---
import redis
from fastapi import Depends, FastAPI
from pydantic import BaseModel

from support.auth import require_agent

app = FastAPI()
store = redis.Redis(host="sessions-redis", port=6379, decode_responses=True)


class InspectRequest(BaseModel):
    command: str


def run_inspect(command_text: str):
    parts = command_text.strip().split()
    return store.execute_command(*parts)  #@vuln


@app.post("/support/sessions/inspect")
def inspect_session(req: InspectRequest, agent=Depends(require_agent)):
    result = run_inspect(req.command)
    return {"agent": agent.name, "result": result}
