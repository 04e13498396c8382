# ---
# id: cwe77-ssh-proxycommand-f
# cwe: CWE-77
# vulnerable: false
# twin: cwe77-ssh-proxycommand-v
# tags: django, subprocess, ssh
# explanation: The host must now match a hostname/IPv4 pattern that cannot start with "-", and "--" is passed before it, so ssh can only see it as the destination and never as an option like ProxyCommand.
# ---
import re
import subprocess

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse

HOST_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.-]{0,252}$")


def ssh_reachable(host: str, user: str = "probe") -> bool:
    if not HOST_RE.match(host):
        return False
    proc = subprocess.run(
        ["ssh", "-o", "BatchMode=yes", "-o", "ConnectTimeout=5", "-l", user, "--", host, "true"],
        capture_output=True,
        timeout=15,
    )
    return proc.returncode == 0


@login_required
def check_ssh(request):
    host = request.GET.get("host", "").strip()
    if not host:
        return JsonResponse({"error": "host required"}, status=400)
    return JsonResponse({"host": host, "reachable": ssh_reachable(host)})
