# ---
# id: cwe269-r3-ci-container-v
# cwe: CWE-269
# vulnerable: true
# twin: cwe269-r3-ci-container-f
# tags: docker
# explanation: CI runner that executes build steps from users' repositories in a container. The container is started in privileged mode, which gives the untrusted build full access to the host's devices and kernel capabilities, effectively root on the CI host.
# ---
import docker

client = docker.from_env()


def run_step(image, command, workdir):
    container = client.containers.run(
        image,
        command,
        working_dir="/src",
        volumes={workdir: {"bind": "/src", "mode": "rw"}},
        privileged=True,  #@vuln
        network_mode="bridge",
        detach=True,
    )
    result = container.wait(timeout=1800)
    logs = container.logs().decode(errors="replace")
    container.remove(force=True)
    return result["StatusCode"], logs
