# ---
# id: cwe269-r3-ci-container-f
# cwe: CWE-269
# vulnerable: false
# twin: cwe269-r3-ci-container-v
# tags: docker
# explanation: The build container now runs unprivileged, as a non-root user, with all capabilities dropped and no-new-privileges set.
# ---
import docker

client = docker.from_env()


def run_step(image, command, workdir):
    container = client.containers.run(
        image,
        command,
        working_dir="/src",
        volumes={workdir: {"bind": "/src", "mode": "rw"}},
        user="1000:1000",
        cap_drop=["ALL"],
        security_opt=["no-new-privileges"],
        network_mode="bridge",
        detach=True,
    )
    result = container.wait(timeout=1800)
    logs = container.logs().decode(errors="replace")
    container.remove(force=True)
    return result["StatusCode"], logs
