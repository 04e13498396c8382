# ---
# id: cwe77-r3-paramiko-restart-quoted-b
# cwe: CWE-77
# vulnerable: false
# twin: none
# tags: paramiko, shlex
# explanation: Restarts a service on a remote host through paramiko's exec_command, whose string is run by the remote shell. The service name is quoted with shlex.quote, so it is a single word to that shell and cannot add commands.
# ---
import shlex


def restart_remote_service(client, service):
    """Restart *service* on the host *client* (a paramiko SSHClient) is connected to."""
    cmd = "sudo systemctl restart %s" % shlex.quote(service)
    stdin, stdout, stderr = client.exec_command(cmd, timeout=60)
    status = stdout.channel.recv_exit_status()
    if status != 0:
        raise RuntimeError(stderr.read().decode())
    return status
