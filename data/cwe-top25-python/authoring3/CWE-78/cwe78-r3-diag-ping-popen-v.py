# ---
# id: cwe78-r3-diag-ping-popen-v
# cwe: CWE-78
# vulnerable: true
# twin: cwe78-r3-diag-ping-popen-f
# tags: os
# explanation: A diagnostics method of a router web UI pings a host typed into a form. os.popen runs the string through /bin/sh, and only the count is converted to int, so a host like '8.8.8.8; cat /etc/shadow' runs arbitrary commands as the web server user.
# ---
import os


def ping_host(self, host, count=3):
    """Used by the diagnostics page of the router UI."""
    if not host:
        return ""
    return os.popen("ping -c %d %s" % (int(count), host)).read()  #@vuln
