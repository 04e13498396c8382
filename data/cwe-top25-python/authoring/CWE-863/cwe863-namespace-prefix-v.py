# ---
# id: cwe863-namespace-prefix-v
# cwe: CWE-863
# vulnerable: true
# twin: none
# tags: fastapi, kubernetes
# explanation: A self-service deployment API lets each team scale deployments in its own Kubernetes namespaces, named after the team. The check uses startswith on the namespace, so the "dev" team is also allowed into "devops" and "developer-portal" namespaces belonging to other teams.
# ---
from fastapi import Depends, FastAPI, HTTPException
from kubernetes import client, config
from pydantic import BaseModel, conint

from .auth import current_team

app = FastAPI()
config.load_incluster_config()
apps_api = client.AppsV1Api()


class ScaleRequest(BaseModel):
    replicas: conint(ge=0, le=50)


def team_may_use(team: str, namespace: str) -> bool:
    return namespace.startswith(team)  #@vuln


@app.post("/namespaces/{namespace}/deployments/{name}/scale")
def scale(namespace: str, name: str, req: ScaleRequest, team: str = Depends(current_team)):
    if not team_may_use(team, namespace):
        raise HTTPException(status_code=403, detail="namespace belongs to another team")
    apps_api.patch_namespaced_deployment_scale(name, namespace, {"spec": {"replicas": req.replicas}})
    return {"namespace": namespace, "deployment": name, "replicas": req.replicas}
