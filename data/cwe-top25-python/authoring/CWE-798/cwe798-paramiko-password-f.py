# ---
# id: cwe798-paramiko-password-f
# cwe: CWE-798
# vulnerable: false
# twin: cwe798-paramiko-password-v
# tags: paramiko, deploy
# explanation: The deploy script now authenticates with the operator's SSH key (ssh-agent or a key file named by the DEPLOY_KEY environment variable) instead of a shared password literal; no secret is stored in the code.
# ---
import os
import sys

import paramiko

HOSTS = ["web-01.prod", "web-02.prod", "web-03.prod"]
DEPLOY_USER = "deploy"
DEPLOY_KEY = os.environ.get("DEPLOY_KEY")


def restart_app(host: str, release: str) -> int:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect(host, username=DEPLOY_USER, key_filename=DEPLOY_KEY, allow_agent=True, timeout=15)
    try:
        _, out, err = client.exec_command(f"/opt/app/bin/activate-release {int(release)}")
        status = out.channel.recv_exit_status()
        sys.stderr.write(err.read().decode())
        return status
    finally:
        client.close()


if __name__ == "__main__":
    failures = [h for h in HOSTS if restart_app(h, sys.argv[1]) != 0]
    sys.exit(1 if failures else 0)
