# ---
# id: cwe798-r3-ssh-deploy-v
# cwe: CWE-798
# vulnerable: true
# twin: none
# tags: paramiko
# explanation: Deployment helper that restarts a service over SSH. It logs in as root with a password written in the source, shared by every host it deploys to.
# ---
import shlex

import paramiko


def restart_service(host, service):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect(host, username="root", password="d3ploy-Root-99")  #@vuln
    try:
        _, stdout, stderr = client.exec_command("systemctl restart " + shlex.quote(service))
        return stdout.channel.recv_exit_status()
    finally:
        client.close()
