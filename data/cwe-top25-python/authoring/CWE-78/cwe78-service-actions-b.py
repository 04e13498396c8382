# ---
# id: cwe78-service-actions-b
# cwe: CWE-78
# vulnerable: false
# twin: none
# tags: fastapi, os
# explanation: An ops API maps a requested action name to a fixed command string and runs it with os.popen. The client only selects a key; unknown keys are rejected before anything runs, and the command text itself never contains request data.
# ---
import os

from fastapi import FastAPI, HTTPException

app = FastAPI()

ACTIONS = {
    "nginx-status": "systemctl is-active nginx",
    "nginx-reload": "systemctl reload nginx",
    "queue-depth": "redis-cli -n 0 llen jobs",
    "uptime": "uptime -p",
}


@app.post("/ops/{action}")
def run_action(action: str):
    command = ACTIONS.get(action)
    if command is None:
        raise HTTPException(status_code=404, detail="unknown action")
    with os.popen(command) as pipe:
        output = pipe.read().strip()
    return {"action": action, "output": output}
