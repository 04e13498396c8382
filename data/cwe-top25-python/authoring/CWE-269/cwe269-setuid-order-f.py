# ---
# id: cwe269-setuid-order-f
# cwe: CWE-269
# vulnerable: false
# twin: cwe269-setuid-order-v
# tags: os, pwd, socket
# explanation: Privileges are now dropped in the correct order: supplementary groups are cleared with os.setgroups, then the group id and finally the user id are changed, and any failure raises instead of being ignored, so the daemon runs with only the syslog account's rights after binding.
# ---
import os
import pwd
import socket

from shipper.forward import forward_line


def drop_to(username: str) -> None:
    entry = pwd.getpwnam(username)
    os.setgroups([])
    os.setgid(entry.pw_gid)
    os.setuid(entry.pw_uid)


def main() -> None:
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("0.0.0.0", 514))
    drop_to("syslog")
    while True:
        data, addr = sock.recvfrom(8192)
        forward_line(data.decode("utf-8", errors="replace"), source=addr[0])


if __name__ == "__main__":
    main()
