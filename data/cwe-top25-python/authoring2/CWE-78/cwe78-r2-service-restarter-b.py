# ---
# id: cwe78-r2-service-restarter-b
# cwe: CWE-78
# vulnerable: false
# twin: none
# tags: paramiko, shlex
# explanation: An on-call helper restarts a systemd unit on a list of hosts over SSH with paramiko's exec_command, which goes through a remote shell. The unit name must match a strict systemd unit-name pattern and is additionally passed through shlex.quote(), as is the journal line count (an int), so no argument can break out of its word in the remote command.
# ---
import logging
import re
import shlex
import sys
from typing import Iterable

import paramiko

log = logging.getLogger("oncall.restart")

UNIT_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9@._-]{0,80}\.service$")
SSH_USER = "oncall"


class RestartError(Exception):
    pass


def check_unit(unit: str) -> str:
    if not UNIT_RE.fullmatch(unit):
        raise RestartError(f"not a service unit name: {unit!r}")
    return unit


def restart_command(unit: str, journal_lines: int) -> str:
    quoted = shlex.quote(check_unit(unit))
    return (
        f"sudo -n systemctl restart {quoted} && "
        f"sudo -n journalctl -u {quoted} -n {int(journal_lines)} --no-pager"
    )


def restart_on(hosts: Iterable[str], unit: str, journal_lines: int = 20) -> dict:
    command = restart_command(unit, journal_lines)
    results = {}
    for host in hosts:
        client = paramiko.SSHClient()
        client.load_system_host_keys()
        try:
            client.connect(host, username=SSH_USER, timeout=10)
            _, stdout, stderr = client.exec_command(command, timeout=120)
            code = stdout.channel.recv_exit_status()
            results[host] = (code, stdout.read().decode(errors="replace"), stderr.read().decode(errors="replace"))
        except (paramiko.SSHException, OSError) as exc:
            results[host] = (255, "", str(exc))
        finally:
            client.close()
        log.info("%s: restart %s -> %s", host, unit, results[host][0])
    return results


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    unit_name, *host_list = sys.argv[1:]
    failures = [h for h, (code, _, _) in restart_on(host_list, unit_name).items() if code != 0]
    sys.exit(1 if failures else 0)
