# ---
# id: cwe78-paramiko-quoted-b
# cwe: CWE-78
# vulnerable: false
# twin: none
# tags: paramiko, shlex
# explanation: A deployment helper tails a remote log over SSH with exec_command, building the remote command from a service name and a line count. The service name must match a strict pattern, the count is an int, and the path is passed through shlex.quote, so the remote shell receives only literal words.
# ---
import re
import shlex

import paramiko

SERVICE_RE = re.compile(r"^[a-z][a-z0-9-]{0,30}$")


class RemoteLogs:
    def __init__(self, host: str, user: str = "deploy"):
        self.client = paramiko.SSHClient()
        self.client.load_system_host_keys()
        self.client.set_missing_host_key_policy(paramiko.RejectPolicy())
        self.client.connect(host, username=user, timeout=10)

    def tail(self, service: str, lines: int = 100) -> str:
        if not SERVICE_RE.match(service):
            raise ValueError(f"bad service name: {service!r}")
        path = f"/var/log/{service}/current.log"
        command = f"tail -n {int(lines)} {shlex.quote(path)}"
        _, stdout, stderr = self.client.exec_command(command, timeout=15)
        return stdout.read().decode() or stderr.read().decode()

    def close(self) -> None:
        self.client.close()
