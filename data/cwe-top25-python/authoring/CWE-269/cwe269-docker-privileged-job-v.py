# ---
# id: cwe269-docker-privileged-job-v
# cwe: CWE-269
# vulnerable: true
# twin: cwe269-docker-privileged-job-f
# tags: docker, celery
# explanation: A CI worker runs each user-submitted build step in a Docker container started with privileged=True. A privileged container has all capabilities and device access, so any user's build script can take over the host and every other tenant's jobs.
# ---
import docker
from celery import shared_task

client = docker.from_env()
ALLOWED_IMAGES = {"python:3.12-slim", "node:20-bookworm", "golang:1.22"}


@shared_task(bind=True, time_limit=3600)
def run_build_step(self, job_id: str, image: str, script: str) -> dict:
    if image not in ALLOWED_IMAGES:
        return {"job": job_id, "status": "rejected", "reason": "image not allowed"}
    container = client.containers.run(
        image,
        ["/bin/sh", "-c", script],
        detach=True,
        privileged=True,  #@vuln
        network_mode="bridge",
        mem_limit="2g",
        labels={"ci.job": job_id},
    )
    result = container.wait(timeout=3500)
    logs = container.logs(tail=2000).decode("utf-8", errors="replace")
    container.remove(force=True)
    return {"job": job_id, "status": "ok" if result["StatusCode"] == 0 else "failed", "log": logs}
