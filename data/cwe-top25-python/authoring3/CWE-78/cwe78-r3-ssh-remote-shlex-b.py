# ---
# id: cwe78-r3-ssh-remote-shlex-b
# cwe: CWE-78
# vulnerable: false
# twin: none
# tags: subprocess, shlex
# explanation: Runs a command on a remote host over ssh. ssh hands its command string to the remote shell, so each argument is quoted with shlex.quote before joining; locally subprocess uses an argument list with no shell. Arguments cannot add shell syntax on either side.
# ---
import shlex
import subprocess


def run_remote(host, user, remote_cmd_args):
    """Run a command on *host* over ssh; arguments are quoted for the remote shell."""
    remote = " ".join(shlex.quote(a) for a in remote_cmd_args)
    return subprocess.run(
        ["ssh", "-o", "BatchMode=yes", "-l", user, "--", host, remote],
        check=True, capture_output=True, text=True,
    ).stdout
