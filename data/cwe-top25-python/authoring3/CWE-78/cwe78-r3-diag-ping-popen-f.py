# ---
# id: cwe78-r3-diag-ping-popen-f
# cwe: CWE-78
# vulnerable: false
# twin: cwe78-r3-diag-ping-popen-v
# tags: subprocess
# explanation: Fixed twin: ping is started with subprocess.run and an argument list (no shell), and '--' keeps a host starting with '-' from being read as an option; the host cannot add commands.
# ---
import subprocess


def ping_host(self, host, count=3):
    """Used by the diagnostics page of the router UI."""
    if not host:
        return ""
    return subprocess.run(["ping", "-c", str(int(count)), "--", host],
                          capture_output=True, text=True).stdout
