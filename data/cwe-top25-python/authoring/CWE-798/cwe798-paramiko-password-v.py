# ---
# id: cwe798-paramiko-password-v
# cwe: CWE-798
# vulnerable: true
# twin: cwe798-paramiko-password-f
# tags: paramiko, deploy
# explanation: A deploy script logs into every web node over SSH with a password literal for the deploy account. The same password is baked into the tool for all hosts and is readable by anyone with the repository.
# ---
import sys

import paramiko

HOSTS = ["web-01.prod", "web-02.prod", "web-03.prod"]
DEPLOY_USER = "deploy"
DEPLOY_PASSWORD = "d3pl0y-Pr0d!"  #@vuln


def restart_app(host: str, release: str) -> int:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect(host, username=DEPLOY_USER, password=DEPLOY_PASSWORD, timeout=15)
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
