# ---
# id: cwe798-r3-ssh-key-agent-b
# cwe: CWE-798
# vulnerable: false
# twin: none
# tags: paramiko
# explanation: Deployment helper connecting over SSH with the deploying user's agent keys and a pinned known_hosts file; no password or key material appears in the code, and the command is built from fixed arguments.
# ---
import shlex

import paramiko


def restart_unit(host, unit, user="deploy"):
    client = paramiko.SSHClient()
    client.load_host_keys("/etc/acme/known_hosts")
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username=user, allow_agent=True, look_for_keys=True)
    try:
        _, out, _ = client.exec_command("sudo systemctl restart " + shlex.quote(unit))
        return out.channel.recv_exit_status()
    finally:
        client.close()
