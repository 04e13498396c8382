# ---
# id: cwe863-namespace-exact-b
# cwe: CWE-863
# vulnerable: false
# twin: none
# tags: fastapi, kubernetes
# explanation: A restart endpoint for team deployments checks the namespace against the exact set of namespaces assigned to the caller's team in a server-side mapping, so a similarly prefixed namespace of another team is refused.
# ---
from datetime import datetime, timezone

from fastapi import Depends, FastAPI, HTTPException
from kubernetes import client, config

from .auth import current_team
from .teams import namespaces_for

app = FastAPI()
config.load_incluster_config()
apps_api = client.AppsV1Api()


@app.post("/namespaces/{namespace}/deployments/{name}/restart")
def restart(namespace: str, name: str, team: str = Depends(current_team)):
    if namespace not in namespaces_for(team):
        raise HTTPException(status_code=403, detail="namespace belongs to another team")
    stamp = datetime.now(timezone.utc).isoformat()
    body = {"spec": {"template": {"metadata": {"annotations": {"kubectl.kubernetes.io/restartedAt": stamp}}}}}
    apps_api.patch_namespaced_deployment(name, namespace, body)
    return {"namespace": namespace, "deployment": name, "restarted_at": stamp}
