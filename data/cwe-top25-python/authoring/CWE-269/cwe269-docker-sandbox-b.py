# ---
# id: cwe269-docker-sandbox-b
# cwe: CWE-269
# vulnerable: false
# twin: none
# tags: docker
# explanation: User-submitted grading scripts run through the Docker SDK in a container that is not privileged, uses an unprivileged uid, drops all capabilities, forbids new privileges, has no network and a read-only root file system, so the script cannot gain more rights than a sandboxed process.
# ---
import docker

client = docker.from_env()


def grade_submission(submission_dir: str, timeout: int = 60) -> tuple[int, str]:
    container = client.containers.run(
        "grader/python:3.12",
        ["python", "/work/run_tests.py"],
        detach=True,
        user="65534:65534",
        cap_drop=["ALL"],
        security_opt=["no-new-privileges"],
        network_disabled=True,
        read_only=True,
        tmpfs={"/tmp": "size=64m"},
        volumes={submission_dir: {"bind": "/work", "mode": "ro"}},
        mem_limit="512m",
        pids_limit=128,
    )
    try:
        status = container.wait(timeout=timeout)["StatusCode"]
        output = container.logs().decode("utf-8", errors="replace")[-20000:]
    finally:
        container.remove(force=True)
    return status, output
